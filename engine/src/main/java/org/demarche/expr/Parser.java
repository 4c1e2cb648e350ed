package org.demarche.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recursive-descent parser that resolves names through {@link Symbols} and builds the evaluation
 * tree directly, folding every subtree that reads and draws nothing.
 */
final class Parser {

  /**
   * Bounds recursion so that a pathological source fails with an error rather than a stack overflow;
   * every parenthesis, call argument, unary minus and {@code not} passes through a counted level.
   */
  private static final int MAX_DEPTH = 100;

  /** How many names a hint lists before it stops. */
  private static final int MAX_LISTED = 12;

  private static final EvalContext FOLDING = new FoldingContext();

  private final String source;
  private final List<Token> tokens;
  private final Symbols symbols;
  private int index;
  private int depth;

  /** One parsed call argument with its source range; {@code single} is its token when it is exactly one. */
  private record Argument(Node node, int start, int end, Token single) {}

  private Parser(String source, List<Token> tokens, Symbols symbols) {
    this.source = source;
    this.tokens = tokens;
    this.symbols = symbols;
  }

  static Node parse(String source, Symbols symbols) throws ExpressionException {
    List<Token> tokens = Lexer.tokenize(source);
    if (tokens.get(0).kind() == Token.Kind.END) {
      throw new ExpressionException(0, "empty expression", "write a number, a name or a formula, for example 0");
    }
    Parser parser = new Parser(source, tokens, symbols);
    Node root = parser.or();
    Token trailing = parser.peek();
    if (trailing.kind() == Token.Kind.RIGHT_PAREN) {
      throw new ExpressionException(trailing.start(), "unmatched ')'", "remove it or add the '(' it closes");
    }
    if (trailing.kind() != Token.Kind.END) {
      throw new ExpressionException(trailing.start(), "unexpected " + trailing.describe() + " after a complete expression",
          "join the parts with an operator such as '+' or 'and'");
    }
    return root;
  }

  // ---- grammar, loosest first ----

  private Node or() throws ExpressionException {
    Node left = and();
    while (peek().kind() == Token.Kind.OR) {
      next();
      left = logical(false, left, and());
    }
    return left;
  }

  private Node and() throws ExpressionException {
    Node left = not();
    while (peek().kind() == Token.Kind.AND) {
      next();
      left = logical(true, left, not());
    }
    return left;
  }

  private Node not() throws ExpressionException {
    if (peek().kind() != Token.Kind.NOT) {
      return comparison();
    }
    enter(next());
    Node operand = not();
    depth--;
    return fold(new Node.Not(operand));
  }

  private Node comparison() throws ExpressionException {
    int start = peek().start();
    Node left = additive();
    Token operator = peek();
    if (!operator.kind().isComparison()) {
      return left;
    }
    next();
    int middleStart = peek().start();
    Node right = additive();
    Token chained = peek();
    if (chained.kind().isComparison()) {
      throw chainedComparison(start, operator, middleStart, chained);
    }
    return fold(binary(operator.kind(), left, right));
  }

  private Node additive() throws ExpressionException {
    Node left = multiplicative();
    while (peek().kind() == Token.Kind.PLUS || peek().kind() == Token.Kind.MINUS) {
      Token.Kind operator = next().kind();
      left = fold(binary(operator, left, multiplicative()));
    }
    return left;
  }

  private Node multiplicative() throws ExpressionException {
    Node left = unary();
    while (peek().kind() == Token.Kind.STAR || peek().kind() == Token.Kind.SLASH) {
      Token.Kind operator = next().kind();
      left = fold(binary(operator, left, unary()));
    }
    return left;
  }

  private Node unary() throws ExpressionException {
    enter(peek());
    Node result;
    if (peek().kind() == Token.Kind.MINUS) {
      next();
      result = fold(new Node.Negate(unary()));
    } else {
      result = power();
    }
    depth--;
    return result;
  }

  /** The exponent is a unary so that {@code 2^-1} works and {@code 2^3^2} groups to the right. */
  private Node power() throws ExpressionException {
    Node base = primary();
    if (peek().kind() != Token.Kind.CARET) {
      return base;
    }
    next();
    return fold(new Node.Power(base, unary()));
  }

  private Node primary() throws ExpressionException {
    Token token = next();
    switch (token.kind()) {
      case NUMBER:
        return new Node.Const(token.number());
      case LEFT_PAREN:
        Node inner = or();
        expectClosing(token, "");
        return inner;
      case NAME:
        return name(token);
      default:
        throw expectedValue(token);
    }
  }

  // ---- names ----

  private Node name(Token name) throws ExpressionException {
    if (peek().kind() == Token.Kind.DOT) {
      next();
      Token member = next();
      if (member.kind() != Token.Kind.NAME) {
        throw new ExpressionException(member.start(), "expected a resource name after '" + name.text() + ".' but found "
            + member.describe(), "write " + example(name.text()));
      }
      return dotted(name, member);
    }
    if (peek().kind() == Token.Kind.LEFT_PAREN) {
      return call(name, next());
    }
    switch (name.text()) {
      case "turn":
        return new Node.Turn();
      case "true":
        return new Node.Const(1.0);
      case "false":
        return new Node.Const(0.0);
      default:
        int variable = symbols.variable(name.text());
        if (variable >= 0) {
          return new Node.Variable(variable);
        }
        throw unknownName(name);
    }
  }

  private Node dotted(Token owner, Token member) throws ExpressionException {
    if (owner.text().equals("self")) {
      if (!symbols.allowsSelf()) {
        throw new ExpressionException(owner.start(), "'self' cannot be used here",
            "name the team instead, for example gov." + member.text());
      }
      int index = symbols.selfResource(member.text());
      if (index >= 0) {
        return new Node.SelfResource(index);
      }
      throw unknownResource(member, "self", "the acting team has no resource '" + member.text() + "'");
    }
    int index = symbols.resource(owner.text(), member.text());
    if (index >= 0) {
      return new Node.Resource(index);
    }
    if (symbols.hasTeam(owner.text())) {
      throw unknownResource(member, owner.text(), "team '" + owner.text() + "' has no resource '" + member.text() + "'");
    }
    String hint = symbols.variable(owner.text()) >= 0
        ? "'" + owner.text() + "' is a variable; only teams have resources, written team.resource"
        : suggestion(owner.text(), symbols.teamNames()).orElse("");
    throw new ExpressionException(owner.start(), "unknown team '" + owner.text() + "'", hint);
  }

  private ExpressionException unknownResource(Token member, String owner, String message) {
    Collection<String> known = symbols.resourceNames(owner);
    String hint = NameSuggester.closest(member.text(), known)
        .map(resource -> "did you mean '" + owner + "." + resource + "'?")
        .orElseGet(() -> known.isEmpty() ? "" : "known resources: " + listed(known));
    return new ExpressionException(member.start(), message, hint);
  }

  private ExpressionException unknownName(Token name) {
    String text = name.text();
    Optional<Function> function = Function.named(text);
    if (function.isPresent()) {
      return new ExpressionException(name.start(), "function '" + text + "' needs parentheses",
          "call it as " + function.get().usage());
    }
    if (text.equals("self") || symbols.hasTeam(text)) {
      return new ExpressionException(name.start(), "'" + text + "' must be followed by '.' and a resource name",
          "write " + example(text));
    }
    List<String> known = new ArrayList<>(symbols.variableNames());
    known.addAll(List.of("turn", "true", "false"));
    return new ExpressionException(name.start(), "unknown name '" + text + "'",
        suggestion(text, known).orElse("use a variable id, team.resource, self.resource, turn, true or false"));
  }

  /** For example "gov.capital", using the owner's first resource when it has one. */
  private String example(String owner) {
    return owner + "." + symbols.resourceNames(owner).stream().sorted().findFirst().orElse("resource");
  }

  // ---- calls ----

  private Node call(Token name, Token open) throws ExpressionException {
    Optional<Function> found = Function.named(name.text());
    if (found.isEmpty()) {
      String hint = symbols.variable(name.text()) >= 0
          ? "'" + name.text() + "' is a variable; write '" + name.text() + " * (' to multiply"
          : suggestion(name.text(), Function.names()).orElse("known functions: " + listed(Function.names()));
      throw new ExpressionException(name.start(), "unknown function '" + name.text() + "'", hint);
    }
    Function function = found.get();
    List<Argument> arguments = new ArrayList<>();
    boolean more = peek().kind() != Token.Kind.RIGHT_PAREN;
    // Each pass consumes at least one token, so the loop ends within the token count.
    while (more) {
      int first = index;
      Node node = or();
      Token single = index - first == 1 ? tokens.get(first) : null;
      arguments.add(new Argument(node, tokens.get(first).start(), tokens.get(index - 1).end(), single));
      more = peek().kind() == Token.Kind.COMMA;
      if (more) {
        next();
      }
    }
    expectClosing(open, " of " + function.text());
    if (!function.accepts(arguments.size())) {
      throw new ExpressionException(name.start(), function.arityMessage(arguments.size()), "write " + function.usage());
    }
    return fold(build(function, arguments));
  }

  private Node build(Function function, List<Argument> arguments) throws ExpressionException {
    List<Node> nodes = arguments.stream().map(Argument::node).collect(Collectors.toList());
    return switch (function) {
      case MIN -> chain(nodes, true);
      case MAX -> chain(nodes, false);
      case CLAMP -> new Node.Min(fold(new Node.Max(nodes.get(0), nodes.get(1))), nodes.get(2));
      case ABS -> new Node.Abs(nodes.get(0));
      case SQRT -> new Node.Sqrt(nodes.get(0));
      case EXP -> new Node.Exp(nodes.get(0));
      case LOG -> new Node.Log(nodes.get(0));
      case FLOOR -> new Node.Floor(nodes.get(0));
      case CEIL -> new Node.Ceil(nodes.get(0));
      case ROUND -> new Node.Round(nodes.get(0));
      case IF -> conditional(nodes.get(0), nodes.get(1), nodes.get(2));
      case LAG -> lag(arguments.get(0), arguments.get(1));
      case RANDOM -> new Node.Random();
      case UNIFORM -> new Node.Uniform(nodes.get(0), nodes.get(1));
      case NORMAL -> new Node.Normal(nodes.get(0), nodes.get(1));
      case CHANCE -> new Node.Chance(nodes.get(0));
    };
  }

  /** Folds {@code min(a, b, c)} into {@code min(min(a, b), c)}, keeping the left-to-right order of evaluation. */
  private static Node chain(List<Node> nodes, boolean min) {
    Node result = nodes.get(0);
    for (Node next : nodes.subList(1, nodes.size())) {
      result = fold(min ? new Node.Min(result, next) : new Node.Max(result, next));
    }
    return result;
  }

  private Node lag(Argument target, Argument turns) throws ExpressionException {
    if (target.single() == null || !(target.node() instanceof Node.Variable)) {
      throw new ExpressionException(target.start(),
          "lag's first argument must be a variable name, found '" + text(target) + "'",
          "lag(x, n) reads variable x as it was n turns ago; to lag a formula, lag each variable in it");
    }
    Token literal = turns.single();
    boolean wholeNumber = literal != null && literal.kind() == Token.Kind.NUMBER && literal.number() >= 1
        && literal.number() <= Integer.MAX_VALUE && literal.number() == Math.floor(literal.number());
    if (!wholeNumber) {
      throw new ExpressionException(turns.start(),
          "lag's second argument must be a whole number of turns, at least 1, found '" + text(turns) + "'",
          "write a number literal, for example lag(" + text(target) + ", 1)");
    }
    return new Node.Lagged(((Node.Variable) target.node()).index(), (int) literal.number());
  }

  private String text(Argument argument) {
    return source.substring(argument.start(), argument.end());
  }

  // ---- building and folding ----

  /** Only the branch taken is evaluated, so a constant condition leaves just that branch. */
  private static Node conditional(Node condition, Node then, Node otherwise) {
    if (condition instanceof Node.Const constant) {
      return Operations.truthy(constant.value) ? then : otherwise;
    }
    return new Node.If(condition, then, otherwise);
  }

  /** A constant left side that decides the result makes the right side dead, even if it reads or draws. */
  private static Node logical(boolean isAnd, Node left, Node right) {
    if (left instanceof Node.Const constant && Operations.truthy(constant.value) != isAnd) {
      return new Node.Const(isAnd ? 0.0 : 1.0);
    }
    return fold(isAnd ? new Node.And(left, right) : new Node.Or(left, right));
  }

  private static Node binary(Token.Kind operator, Node left, Node right) {
    Node fused = withConstant(operator, left, right);
    if (fused != null) {
      return fused;
    }
    switch (operator) {
      case PLUS: return new Node.Add(left, right);
      case MINUS: return new Node.Subtract(left, right);
      case STAR: return new Node.Multiply(left, right);
      case SLASH: return new Node.Divide(left, right);
      case LESS: return new Node.Less(left, right);
      case LESS_OR_EQUAL: return new Node.LessOrEqual(left, right);
      case GREATER: return new Node.Greater(left, right);
      case GREATER_OR_EQUAL: return new Node.GreaterOrEqual(left, right);
      case EQUAL: return new Node.Equal(left, right);
      case NOT_EQUAL: return new Node.NotEqual(left, right);
      default: throw new AssertionError("binary operator " + operator + " is a bug");
    }
  }

  /**
   * Arithmetic with one constant operand as one node, or null. Only rewrites that give the same
   * bits: addition and multiplication commute exactly in IEEE 754, and x - c is x + (-c).
   */
  private static Node withConstant(Token.Kind operator, Node left, Node right) {
    boolean leftConst = left instanceof Node.Const;
    boolean rightConst = right instanceof Node.Const;
    if (leftConst == rightConst) {
      return null;
    }
    double k = leftConst ? ((Node.Const) left).value : ((Node.Const) right).value;
    Node operand = leftConst ? right : left;
    switch (operator) {
      case PLUS: return new Node.AddConst(operand, k);
      case STAR: return new Node.MultiplyConst(operand, k);
      case MINUS: return leftConst ? new Node.ConstMinus(k, operand) : new Node.AddConst(operand, -k);
      case SLASH: return leftConst ? null : new Node.DivideByConst(operand, k);
      default: return null;
    }
  }

  /** Replaces a subtree that reads and draws nothing by its value. */
  private static Node fold(Node node) {
    if (node instanceof Node.Const || !Usage.of(node).isEmpty()) {
      return node;
    }
    return new Node.Const(node.eval(FOLDING));
  }

  // ---- tokens and errors ----

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    // END is never consumed past, so peek() after it stays valid.
    if (token.kind() != Token.Kind.END) {
      index++;
    }
    return token;
  }

  private void enter(Token at) throws ExpressionException {
    if (++depth > MAX_DEPTH) {
      throw new ExpressionException(at.start(), "expression is nested more than " + MAX_DEPTH + " levels deep",
          "split it into derived variables");
    }
  }

  private void expectClosing(Token open, String what) throws ExpressionException {
    Token found = peek();
    if (found.kind() == Token.Kind.RIGHT_PAREN) {
      next();
      return;
    }
    String opened = "the '('" + what + " at column " + (open.start() + 1);
    if (found.kind() == Token.Kind.END) {
      throw new ExpressionException(found.start(), "missing ')' to close " + opened, "add ')' at the end");
    }
    String hint = what.isEmpty() ? "add ')' or an operator before " + found.describe() : "separate arguments with ','";
    throw new ExpressionException(found.start(), "expected ')' to close " + opened + " but found " + found.describe(), hint);
  }

  private ExpressionException expectedValue(Token found) {
    if (found.kind() == Token.Kind.END) {
      return new ExpressionException(found.start(), "unexpected end of expression",
          "add a value after " + tokens.get(index - 1).describe());
    }
    return new ExpressionException(found.start(), "expected a value but found " + found.describe(),
        "a value is a number, a name, a function call or a formula in parentheses");
  }

  private ExpressionException chainedComparison(int start, Token first, int middleStart, Token second) {
    String left = source.substring(start, first.start()).strip();
    String middle = source.substring(middleStart, second.start()).strip();
    String right = source.substring(second.end(), operandEnd(index + 1, second.end())).strip();
    String example = left + " " + first.text() + " " + middle + " and " + middle + " " + second.text() + " "
        + (right.isEmpty() ? "..." : right);
    return new ExpressionException(second.start(), "comparisons cannot be chained",
        "compare two values at a time, for example '" + example + "'");
  }

  /** Where the operand starting at token {@code from} ends: before the next and/or/comparison/','/')' outside parentheses. */
  private int operandEnd(int from, int fallback) {
    int end = fallback;
    int nesting = 0;
    for (int i = from; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      Token.Kind kind = token.kind();
      boolean closesOuter = (kind == Token.Kind.RIGHT_PAREN || kind == Token.Kind.COMMA) && nesting == 0;
      if (kind == Token.Kind.END || closesOuter || (nesting == 0 && (kind == Token.Kind.AND || kind == Token.Kind.OR
          || kind.isComparison()))) {
        return end;
      }
      nesting += kind == Token.Kind.LEFT_PAREN ? 1 : kind == Token.Kind.RIGHT_PAREN ? -1 : 0;
      end = token.end();
    }
    throw new AssertionError("a token list without END is a bug");
  }

  private static Optional<String> suggestion(String name, Collection<String> candidates) {
    return NameSuggester.closest(name, candidates).map(candidate -> "did you mean '" + candidate + "'?");
  }

  private static String listed(Collection<String> names) {
    List<String> sorted = names.stream().sorted().collect(Collectors.toList());
    String shown = String.join(", ", sorted.subList(0, Math.min(MAX_LISTED, sorted.size())));
    return sorted.size() > MAX_LISTED ? shown + ", ..." : shown;
  }

  /** Folding only evaluates subtrees that read nothing, so any read here means the fold check is wrong. */
  private static final class FoldingContext implements EvalContext {
    @Override
    public double variable(int index) {
      throw bug();
    }

    @Override
    public double lagged(int index, int turnsAgo) {
      throw bug();
    }

    @Override
    public double resource(int index) {
      throw bug();
    }

    @Override
    public double selfResource(int index) {
      throw bug();
    }

    @Override
    public int turn() {
      throw bug();
    }

    @Override
    public double nextRandom() {
      throw bug();
    }

    private static AssertionError bug() {
      return new AssertionError("reading the context while folding a constant is a bug");
    }
  }
}
