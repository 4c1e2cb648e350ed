package org.demarche.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Variable;
import org.demarche.engine.model.Visibility;

/**
 * What happened in one turn, as structured data and as plain sentences, with the causal ledger:
 * every variable's change split into its contributions. The full report is the instructor's;
 * {@link #forTeam} gives the part a team may see.
 */
public final class TurnReport {
  private final Scenario scenario;
  private final int turn;
  private final List<ActionOutcome> outcomes;
  private final List<FiredEvent> events;
  private final List<AdhocEvent> adhoc;
  private final List<DilemmaAnswer> answers;
  private final List<PendingDilemma> raised;
  private final List<Contribution> ledger;
  private final double[] startValues;
  private final double[] endValues;
  private final double[] scores;
  private final String outcome;
  private final List<String> notes;

  TurnReport(
      Scenario scenario,
      int turn,
      List<ActionOutcome> outcomes,
      List<FiredEvent> events,
      List<AdhocEvent> adhoc,
      List<DilemmaAnswer> answers,
      List<PendingDilemma> raised,
      List<Contribution> ledger,
      double[] startValues,
      double[] endValues,
      double[] scores,
      String outcome,
      List<String> notes) {
    this.scenario = scenario;
    this.turn = turn;
    this.outcomes = readOnly(outcomes);
    this.events = readOnly(events);
    this.adhoc = readOnly(adhoc);
    this.answers = readOnly(answers);
    this.raised = readOnly(raised);
    this.ledger = ledger; // read-only already, and a ReplayedLedger is only recorded when read
    this.startValues = startValues;
    this.endValues = endValues;
    this.scores = scores;
    this.outcome = outcome;
    this.notes = readOnly(notes);
  }

  /**
   * A read-only view of a list its caller hands over and nobody changes afterwards: a turn's lists
   * are wrapped rather than copied, and most of them are empty.
   */
  static <T> List<T> readOnly(List<T> list) {
    return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
  }

  public int turn() {
    return turn;
  }

  /** The calendar label of the turn, e.g. {@code 2022-Q3}. */
  public String label() {
    return scenario.calendar().label(turn);
  }

  public List<ActionOutcome> outcomes() {
    return outcomes;
  }

  public List<FiredEvent> events() {
    return events;
  }

  /** The instructor's ad-hoc events of the turn. */
  public List<AdhocEvent> adhocEvents() {
    return adhoc;
  }

  public List<DilemmaAnswer> dilemmaAnswers() {
    return answers;
  }

  /** Dilemmas raised this turn, to be answered next turn. */
  public List<PendingDilemma> dilemmasRaised() {
    return raised;
  }

  /** Every contribution of the turn, in the order they were applied. */
  public List<Contribution> ledger() {
    return ledger;
  }

  /** The contributions to one variable; they add up to {@link #change}. */
  public List<Contribution> ledger(int variable) {
    List<Contribution> result = new ArrayList<>();
    for (Contribution c : ledger) {
      if (c.variable() == variable) {
        result.add(c);
      }
    }
    return result;
  }

  /** A variable's value at the start of the turn; NaN when the reader may not see it. */
  public double before(int variable) {
    return startValues[variable];
  }

  /** A variable's value at the end of the turn; NaN when the reader may not see it. */
  public double after(int variable) {
    return endValues[variable];
  }

  public double change(int variable) {
    return endValues[variable] - startValues[variable];
  }

  /** A team's score after the turn; NaN when the reader may not see it. */
  public double score(int team) {
    return scores[team];
  }

  public boolean ended() {
    return outcome != null;
  }

  /** The outcome text when the game ended this turn, else null. */
  public String outcome() {
    return outcome;
  }

  /** Orders and injects that named nothing known, said plainly. */
  public List<String> notes() {
    return notes;
  }

  /** Names what a contribution came from, e.g. {@code Fuel subsidy bill (dynamic)}. */
  public String describe(Cause cause) {
    switch (cause.kind()) {
      case ACTION:
        if (cause.ref() < 0) {
          return "actions of other teams";
        }
        return scenario.actions().get(cause.ref()).name() + " ("
            + scenario.teams().get(cause.team()).name() + ")";
      case JOINT_ACTION:
        Action joint = scenario.actions().get(cause.ref());
        List<String> names = new ArrayList<>();
        for (int t : joint.teams()) {
          names.add(scenario.teams().get(t).name());
        }
        return joint.name() + " (" + String.join(" with ", names) + ")";
      case EVENT:
        return cause.ref() < 0 ? "events you did not witness"
            : scenario.events().get(cause.ref()).title() + " (event)";
      case DILEMMA:
        Event event = scenario.events().get(cause.ref());
        return event.dilemma().options().get(cause.option()).label() + " ("
            + scenario.teams().get(cause.team()).name() + "'s answer to " + event.title() + ")";
      case DYNAMIC:
        var dynamic = scenario.dynamics().get(cause.ref());
        return (dynamic.label() == null ? dynamic.id() : dynamic.label()) + " (trend)";
      case CLAMP:
        return "limit of the range";
      case INSTRUCTOR:
        return adhoc.get(cause.ref()).title() + " (event)";
      default:
        throw new AssertionError(cause.kind() + " without a description is a bug");
    }
  }

  /**
   * Why a variable moved, in one sentence: {@code International reserves fell from 4.8 to 4.3
   * USD bn: -0.3 Fuel subsidy bill (trend); -0.2 Fuel protests (event).}
   */
  public String explain(int variable) {
    Variable v = scenario.variables().get(variable);
    double change = change(variable);
    String unit = v.unit() == null || v.unit().isEmpty() ? "" : " " + v.unit();
    String verb = change > 0 ? "rose" : change < 0 ? "fell" : "stayed";
    StringBuilder sb = new StringBuilder(v.label()).append(' ').append(verb);
    if (change == 0) {
      sb.append(" at ").append(Numbers.format(after(variable))).append(unit);
    } else {
      sb.append(" from ").append(Numbers.format(before(variable))).append(" to ")
          .append(Numbers.format(after(variable))).append(unit);
    }
    List<Contribution> parts = ledger(variable);
    if (v.isDerived()) {
      sb.append(" (it is computed from other variables)");
    } else if (!parts.isEmpty()) {
      List<String> terms = new ArrayList<>();
      for (Contribution c : parts) {
        terms.add(Numbers.signed(c.amount()) + " " + describe(c.cause())
            + (c.delayed() ? ", set in motion earlier" : ""));
      }
      sb.append(": ").append(String.join("; ", terms));
    }
    return sb.append('.').toString();
  }

  /** What happened, in plain sentences: orders, events, answers, notable changes, the end. */
  public List<String> sentences() {
    List<String> lines = new ArrayList<>();
    for (ActionOutcome o : outcomes) {
      String team = scenario.teams().get(o.team()).name();
      String action = o.action() < 0 ? o.actionId() : scenario.actions().get(o.action()).name();
      switch (o.status()) {
        case SUCCEEDED:
          lines.add(team + ": " + action + " succeeded.");
          break;
        case FAILED:
          lines.add(team + ": " + action + " failed.");
          break;
        default:
          lines.add(team + ": " + action + " was not carried out: " + o.reason() + ".");
      }
    }
    for (FiredEvent f : events) {
      Event e = scenario.events().get(f.event());
      lines.add((f.injected() ? "Inject: " : "Event: ") + e.title() + ". " + e.text());
    }
    for (AdhocEvent a : adhoc) {
      lines.add("Event: " + a.title() + ". " + a.text());
    }
    for (DilemmaAnswer a : answers) {
      Event e = scenario.events().get(a.event());
      lines.add(scenario.teams().get(a.team()).name()
          + (a.defaulted() ? " did not answer; by default: " : " chose: ")
          + e.dilemma().options().get(a.option()).label() + ".");
    }
    for (PendingDilemma d : raised) {
      Event e = scenario.events().get(d.event());
      lines.add(scenario.teams().get(d.team()).name() + " must decide next turn: "
          + e.dilemma().prompt());
    }
    for (int v = 0; v < endValues.length; v++) {
      if (!Double.isNaN(endValues[v]) && change(v) != 0) {
        lines.add(explain(v));
      }
    }
    lines.addAll(notes);
    if (outcome != null) {
      lines.add("The exercise ends: " + outcome);
    }
    return lines;
  }

  /**
   * The part of the report a team may see: its own orders, the events it witnessed, its own
   * dilemmas and score, and the ledger of the variables public to it, where other teams' actions
   * and unwitnessed events are each summed into one anonymous line.
   */
  public TurnReport forTeam(int team) {
    List<ActionOutcome> ownOutcomes = new ArrayList<>();
    for (ActionOutcome o : outcomes) {
      if (o.team() == team) {
        ownOutcomes.add(o);
      }
    }
    List<FiredEvent> witnessed = new ArrayList<>();
    for (FiredEvent f : events) {
      if (scenario.events().get(f.event()).visibleTo()[team]) {
        witnessed.add(f);
      }
    }
    List<AdhocEvent> witnessedAdhoc = new ArrayList<>();
    // Where each witnessed ad-hoc event sits in the team's shorter list, for its ledger causes.
    int[] adhocIndex = new int[adhoc.size()];
    for (int i = 0; i < adhoc.size(); i++) {
      adhocIndex[i] = adhoc.get(i).visibleTo()[team] ? witnessedAdhoc.size() : -1;
      if (adhocIndex[i] >= 0) {
        witnessedAdhoc.add(adhoc.get(i));
      }
    }
    List<DilemmaAnswer> ownAnswers = new ArrayList<>();
    for (DilemmaAnswer a : answers) {
      if (a.team() == team) {
        ownAnswers.add(a);
      }
    }
    List<PendingDilemma> ownRaised = new ArrayList<>();
    for (PendingDilemma d : raised) {
      if (d.team() == team) {
        ownRaised.add(d);
      }
    }
    double[] before = startValues.clone();
    double[] after = endValues.clone();
    for (int v = 0; v < before.length; v++) {
      if (scenario.variables().get(v).visibility()[team] != Visibility.PUBLIC) {
        before[v] = Double.NaN;
        after[v] = Double.NaN;
      }
    }
    double[] ownScores = new double[scores.length];
    java.util.Arrays.fill(ownScores, Double.NaN);
    ownScores[team] = scores[team];
    return new TurnReport(
        scenario, turn, ownOutcomes, witnessed, witnessedAdhoc, ownAnswers, ownRaised,
        redactLedger(team, before, adhocIndex), before, after, ownScores, outcome, List.of());
  }

  private List<Contribution> redactLedger(int team, double[] visibleBefore, int[] adhocIndex) {
    Map<String, Contribution> merged = new LinkedHashMap<>();
    List<Contribution> result = new ArrayList<>();
    for (Contribution c : ledger) {
      if (Double.isNaN(visibleBefore[c.variable()])) {
        continue;
      }
      Cause original = c.cause();
      Cause anonymous = anonymised(team, original);
      if (anonymous == original) {
        result.add(c);
        continue;
      }
      if (original.kind() == Cause.Kind.INSTRUCTOR && adhocIndex[original.ref()] >= 0) {
        result.add(new Contribution(c.variable(), Cause.instructor(adhocIndex[original.ref()]),
            c.amount(), c.delayed()));
        continue;
      }
      String key = c.variable() + "/" + anonymous.kind();
      Contribution previous = merged.get(key);
      double amount = previous == null ? c.amount() : previous.amount() + c.amount();
      merged.put(key, new Contribution(c.variable(), anonymous, amount, false));
    }
    result.addAll(merged.values());
    return readOnly(result);
  }

  /** The cause as the team may know it: itself, or an anonymous one. */
  private Cause anonymised(int team, Cause cause) {
    switch (cause.kind()) {
      case ACTION:
      case DILEMMA:
        return cause.team() == team ? cause : new Cause(Cause.Kind.ACTION, -1, -1, -1);
      case JOINT_ACTION:
        return scenario.actions().get(cause.ref()).allows(team)
            ? cause : new Cause(Cause.Kind.ACTION, -1, -1, -1);
      case EVENT:
        return scenario.events().get(cause.ref()).visibleTo()[team]
            ? cause : new Cause(Cause.Kind.EVENT, -1, -1, -1);
      case INSTRUCTOR:
        // Witnessed ones are re-indexed by the caller; an identity result would keep a stale index.
        return adhoc.get(cause.ref()).visibleTo()[team]
            ? Cause.instructor(cause.ref()) : new Cause(Cause.Kind.EVENT, -1, -1, -1);
      default:
        return cause;
    }
  }
}
