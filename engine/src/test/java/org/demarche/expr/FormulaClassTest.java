package org.demarche.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated formulas must give the tree's bits and draw the same numbers, whatever the expression. */
class FormulaClassTest {

  private static final String[] LEAVES = {
    "reserves_usd_bn", "inflation", "stability", "gov.capital", "opp.morale", "self.capital",
    "self.legitimacy", "turn", "random()", "lag(stability, 1)", "lag(inflation, 3)", "0", "1", "-0",
    "2.5", "0.1", "1e308", "-7",
  };
  private static final String[] UNARY = {
    "-(%s)", "(not (%s))", "abs(%s)", "sqrt(%s)", "exp(%s)", "log(%s)", "floor(%s)", "ceil(%s)",
    "round(%s)", "chance(%s)",
  };
  private static final String[] BINARY = {
    "(%s + %s)", "(%s - %s)", "(%s * %s)", "(%s / %s)", "(%s ^ %s)", "(%s < %s)", "(%s <= %s)",
    "(%s > %s)", "(%s >= %s)", "(%s == %s)", "(%s != %s)", "(%s and %s)", "(%s or %s)",
    "min(%s, %s)", "max(%s, %s)", "uniform(%s, %s)", "normal(%s, %s)",
  };
  private static final String[] TERNARY = {"if(%s, %s, %s)", "clamp(%s, %s, %s)", "min(%s, %s, %s)"};

  /** Values that stress the arithmetic: zeros of both signs, NaN, infinities, huge and tiny. */
  private static final double[] EDGES = {
    0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
    Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, 49.99999999999999, 100,
  };

  @Test
  void randomExpressionsGiveTheTreesBitsAndDraws() {
    Random random = new Random(20221122L);
    List<FakeContext> contexts = contexts(random);
    for (int i = 0; i < 3000; i++) {
      String source = expression(random, 1 + random.nextInt(6));
      assertSameAsTree(source, contexts);
    }
  }

  @Test
  void edgeCasesGiveTheTreesBits() {
    List<FakeContext> contexts = contexts(new Random(7));
    for (String source : List.of(
        "stability / 0", "-stability / 0", "0 / (stability - stability)", "stability * -0",
        "-0 - stability", "log(stability - 60)", "sqrt(-stability)", "stability ^ 0.5",
        "if(inflation / 0, 1, 2)", "if(0 / (inflation - inflation), 1, 2)",
        "not (stability - stability)", "round(-0.5 * stability)", "round(stability / 0)",
        "clamp(stability / 0, -1, 1)", "min(-0, stability * 0)", "max(stability * 0, -0)",
        "chance(stability / 0)", "stability > 50 and chance(0.5)", "stability < 50 or chance(0.5)",
        "if(random() < 0.5, normal(stability, 1), uniform(0, random()))",
        "lag(stability, 1) - lag(stability, 2) + lag(inflation, 3) * turn")) {
      assertSameAsTree(source, contexts);
    }
  }

  @Test
  void deeplyNestedConditionalsVerify() {
    // Each level leaves a pending double under the next conditional: frames with deep stacks.
    String source = "stability";
    for (int level = 0; level < 40; level++) {
      source = "(inflation + if(stability > " + level + " or random() < 0.5, " + source
          + ", -stability * 2))";
    }
    assertSameAsTree(source, contexts(new Random(11)));
  }

  @Test
  void constantsKeepTheirTree() {
    Node root = parse("2 * 3 + 1");
    assertSame(root, FormulaClass.of(root), "a constant needs no class");
  }

  @Test
  void aFormulaTooLargeToCompileKeepsItsTree() {
    StringBuilder source = new StringBuilder("stability");
    for (int i = 0; i < 2000; i++) {
      source.append(" + inflation * ").append(i);
    }
    Node root = parse(source.toString());
    assertSame(root, FormulaClass.of(root), "more than " + FormulaCode.MAX_LENGTH + " bytes of code");
  }

  private static void assertSameAsTree(String source, List<FakeContext> contexts) {
    Node root = parse(source);
    Formula formula = FormulaClass.of(root);
    if (!(root instanceof Node.Const)) {
      assertNotSame(root, formula, "'" + source + "' should be compiled to a class");
    }
    for (FakeContext ctx : contexts) {
      ctx.rewind();
      double expected = root.eval(ctx);
      int expectedDraws = ctx.draws();
      ctx.rewind();
      double actual = formula.eval(ctx);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
          () -> "'" + source + "' gave " + actual + " instead of the tree's " + expected);
      assertEquals(expectedDraws, ctx.draws(), () -> "'" + source + "' drew a different count");
    }
  }

  private static Node parse(String source) {
    try {
      return Parser.parse(source, TestSymbols.standard());
    } catch (ExpressionException e) {
      throw new AssertionError("'" + source + "' should compile: " + e.getMessage(), e);
    }
  }

  private static String expression(Random random, int depth) {
    if (depth == 0 || random.nextInt(5) == 0) {
      return LEAVES[random.nextInt(LEAVES.length)];
    }
    int shape = random.nextInt(10);
    if (shape < 3) {
      return String.format(UNARY[random.nextInt(UNARY.length)], expression(random, depth - 1));
    }
    if (shape < 8) {
      return String.format(BINARY[random.nextInt(BINARY.length)],
          expression(random, depth - 1), expression(random, depth - 1));
    }
    return String.format(TERNARY[random.nextInt(TERNARY.length)], expression(random, depth - 1),
        expression(random, depth - 1), expression(random, depth - 1));
  }

  /** Contexts of edge values and of ordinary ones, with every lag scripted and plenty of draws. */
  private static List<FakeContext> contexts(Random random) {
    List<FakeContext> contexts = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      boolean edgy = c % 2 == 0;
      FakeContext.Builder builder = FakeContext.builder()
          .variables(value(random, edgy), value(random, edgy), value(random, edgy))
          .resources(value(random, edgy), value(random, edgy), value(random, edgy),
              value(random, edgy))
          .selfResources(value(random, edgy), value(random, edgy))
          .turn(random.nextInt(12));
      for (int v = 0; v < 3; v++) {
        for (int ago = 1; ago <= 3; ago++) {
          builder.lagged(v, ago, value(random, false));
        }
      }
      double[] draws = new double[4096];
      for (int d = 0; d < draws.length; d++) {
        draws[d] = d % 17 == 0 ? 0.0 : random.nextDouble();
      }
      contexts.add(builder.draws(draws).build());
    }
    return contexts;
  }

  private static double value(Random random, boolean edgy) {
    return edgy && random.nextBoolean()
        ? EDGES[random.nextInt(EDGES.length)]
        : (random.nextDouble() - 0.3) * 150;
  }
}
