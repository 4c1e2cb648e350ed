package org.demarche.engine.model;

/**
 * How turns are counted and labelled: turn 1 is {@code start}, each turn one {@code unit} later;
 * turn 0, the situation as the game opens, is the unit before the start.
 *
 * @param startIndex the start as a count of units since year 0 (for {@code TURN}, the start number
 *     minus one)
 */
public record Calendar(Unit unit, String start, long startIndex, int defaultTurns, int maxTurns) {

  /** What one turn stands for, and how its labels are written. */
  public enum Unit {
    YEAR(1),
    HALF(2),
    QUARTER(4),
    MONTH(12),
    TURN(0);

    private final int perYear;

    Unit(int perYear) {
      this.perYear = perYear;
    }

    /**
     * Parses a label of this unit into a count of units since year 0 ({@code 2022-Q2} is
     * 2022*4+1), or returns -1 when the label does not have this unit's form.
     */
    public long parse(String label) {
      try {
        switch (this) {
          case YEAR:
            return label.matches("\\d{4}") ? Long.parseLong(label) : -1;
          case HALF:
            return label.matches("\\d{4}-H[12]")
                ? Long.parseLong(label.substring(0, 4)) * 2 + (label.charAt(6) - '1')
                : -1;
          case QUARTER:
            return label.matches("\\d{4}-Q[1-4]")
                ? Long.parseLong(label.substring(0, 4)) * 4 + (label.charAt(6) - '1')
                : -1;
          case MONTH:
            if (!label.matches("\\d{4}-\\d{2}")) {
              return -1;
            }
            int month = Integer.parseInt(label.substring(5));
            return month >= 1 && month <= 12 ? Long.parseLong(label.substring(0, 4)) * 12 + month - 1 : -1;
          case TURN:
            return label.matches("\\d{1,6}") ? Long.parseLong(label) - 1 : -1;
          default:
            throw new AssertionError(this + " without a parser is a bug");
        }
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** An example of a label, for error messages. */
    public String example() {
      switch (this) {
        case YEAR:
          return "2022";
        case HALF:
          return "2022-H1";
        case QUARTER:
          return "2022-Q2";
        case MONTH:
          return "2022-04";
        case TURN:
          return "1";
        default:
          throw new AssertionError(this + " without an example is a bug");
      }
    }

    String format(long index) {
      if (this == TURN) {
        return Long.toString(index + 1);
      }
      long year = Math.floorDiv(index, perYear);
      int within = (int) Math.floorMod(index, perYear);
      switch (this) {
        case YEAR:
          return Long.toString(year);
        case HALF:
          return year + "-H" + (within + 1);
        case QUARTER:
          return year + "-Q" + (within + 1);
        case MONTH:
          return String.format("%d-%02d", year, within + 1);
        default:
          throw new AssertionError(this + " without a format is a bug");
      }
    }
  }

  /** The calendar label of a turn: {@code label(1)} is the start. */
  public String label(int turn) {
    return unit.format(startIndex + turn - 1);
  }
}
