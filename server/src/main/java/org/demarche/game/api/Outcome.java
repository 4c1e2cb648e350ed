package org.demarche.game.api;

/**
 * The game layer's answer to a request: the result for the client, and the principal the
 * connection speaks as from now on (changed by a successful login, join or resume).
 */
public record Outcome(Result result, Principal principal) {}
