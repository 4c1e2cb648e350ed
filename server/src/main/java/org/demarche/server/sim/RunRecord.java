package org.demarche.server.sim;

/**
 * What one simulated game leaves behind for the summary and the CSV.
 *
 * @param trajectory values of every variable after each turn, turn 0 first; null unless kept
 * @param endCondition index of the end condition that stopped the game early, or -1
 */
public record RunRecord(
    double[] finalScores,
    double[] finalValues,
    int[] eventFirings,
    int turnsPlayed,
    int endCondition,
    double[][] trajectory) {}
