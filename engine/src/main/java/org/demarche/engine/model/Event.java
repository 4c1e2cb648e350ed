package org.demarche.engine.model;

import java.util.List;
import org.demarche.expr.CompiledExpression;

/**
 * Something that happens to the country: by condition, schedule, chance, or an instructor's inject.
 *
 * @param visibleTo per team, whether it learns of the event
 * @param dilemma a choice the event puts to one team, or null
 */
public record Event(
    String id,
    String title,
    String text,
    Trigger trigger,
    List<Effect> effects,
    boolean[] visibleTo,
    Dilemma dilemma,
    String source) {

  public Event {
    effects = List.copyOf(effects);
  }

  /** When an event fires. Unused fields are null or 0 depending on {@code type}. */
  public record Trigger(
      Type type,
      CompiledExpression when,
      int turn,
      CompiledExpression chance,
      Repeat repeat,
      int cooldown,
      CompiledExpression rearm) {}

  /** What fires an event. */
  public enum Type {
    CONDITION,
    SCHEDULE,
    CHANCE,
    INJECT
  }

  /** Whether an event may fire again after it has fired. */
  public enum Repeat {
    ONCE,
    ALWAYS,
    COOLDOWN,
    HYSTERESIS
  }

  /** A choice put to one team; if it does not answer in time, {@code defaultOption} applies. */
  public record Dilemma(int team, String prompt, List<Option> options, int defaultOption) {
    public Dilemma {
      options = List.copyOf(options);
    }

    public int optionIndex(String id) {
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).id().equals(id)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** One answer to a dilemma and what it does. */
  public record Option(String id, String label, List<Effect> effects) {
    public Option {
      effects = List.copyOf(effects);
    }
  }
}
