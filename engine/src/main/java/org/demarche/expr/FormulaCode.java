package org.demarche.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytecode of a generated formula's {@code double eval(EvalContext ctx)}, written by the nodes
 * of its tree ({@link Node#emit}) in the order the tree evaluates them. Between nodes the operand
 * stack holds only doubles, so it keeps their count for the stack map frames of branch targets.
 */
final class FormulaCode {
  static final int DADD = 0x63;
  static final int DSUB = 0x67;
  static final int DMUL = 0x6b;
  static final int DDIV = 0x6f;

  private static final int ICONST_0 = 0x03;
  private static final int BIPUSH = 0x10;
  private static final int SIPUSH = 0x11;
  private static final int LDC_W = 0x13;
  private static final int LDC2_W = 0x14;
  private static final int DCONST_0 = 0x0e;
  private static final int DCONST_1 = 0x0f;
  private static final int ALOAD_1 = 0x2b;
  private static final int DNEG = 0x77;
  private static final int I2D = 0x87;
  private static final int IFEQ = 0x99;
  private static final int GOTO = 0xa7;
  private static final int ALOAD_2 = 0x2c;
  private static final int DSTORE_3 = 0x4a;
  private static final int DLOAD_3 = 0x29;
  private static final int DASTORE = 0x52;
  private static final int DRETURN = 0xaf;
  private static final int RETURN = 0xb1;
  private static final int INVOKESTATIC = 0xb8;
  private static final int INVOKEINTERFACE = 0xb9;

  /** HotSpot does not JIT-compile a method longer than this (-XX:HugeMethodLimit). */
  static final int MAX_LENGTH = 8000;

  private static final String CONTEXT = "org/demarche/expr/EvalContext";
  private static final String OPERATIONS = "org/demarche/expr/Operations";
  private static final String MATH = "java/lang/Math";

  private final ConstantPool pool;
  private byte[] code = new byte[256];
  private int length;
  private final List<Frame> frames = new ArrayList<>();
  /** Doubles on the operand stack now. */
  private int doubles;
  /** The most operand stack slots used at once; a double takes two. */
  private int maxStack;
  /** Local slots used: this and ctx, then a batch's results array and its scratch double. */
  private int maxLocals = 2;

  /** A branch target: its offset, and how many doubles the stack holds there. */
  record Frame(int offset, int doubles) {}

  FormulaCode(ConstantPool pool) {
    this.pool = pool;
  }

  /** Pushes a constant, keeping its exact bits (-0.0 and NaN included). */
  void constant(double value) {
    long bits = Double.doubleToRawLongBits(value);
    if (bits == 0L) {
      op(DCONST_0);
    } else if (bits == Double.doubleToRawLongBits(1.0)) {
      op(DCONST_1);
    } else {
      op(LDC2_W);
      u2(pool.doubleConstant(value));
    }
    pushed(0);
  }

  /** Pushes {@code ctx.method(arguments...)}, a context read returning a double. */
  void read(String method, int... arguments) {
    op(ALOAD_1);
    StringBuilder descriptor = new StringBuilder("(");
    for (int argument : arguments) {
      pushInt(argument);
      descriptor.append('I');
    }
    int extraSlots = 1 + arguments.length;
    reserve(extraSlots);
    op(INVOKEINTERFACE);
    u2(pool.interfaceMethodRef(CONTEXT, method, descriptor.append(")D").toString()));
    op(extraSlots);
    op(0);
    pushed(0);
  }

  /** Pushes {@code ctx.turn()} widened to a double. */
  void turn() {
    op(ALOAD_1);
    reserve(1);
    op(INVOKEINTERFACE);
    u2(pool.interfaceMethodRef(CONTEXT, "turn", "()I"));
    op(1);
    op(0);
    op(I2D);
    pushed(0);
  }

  /** Replaces the two doubles on top by {@code opcode} applied to them (DADD, DSUB, DMUL, DDIV). */
  void binary(int opcode) {
    op(opcode);
    doubles--;
  }

  void negate() {
    op(DNEG);
  }

  /** Replaces the top {@code arity} doubles by {@code java.lang.Math.name} of them. */
  void math(String name, int arity) {
    invokeStatic(MATH, name, arity, false);
  }

  /**
   * Replaces the top {@code arity} doubles by {@link Operations}{@code .name} of them, with the
   * context as a last argument when the operation draws.
   */
  void operation(String name, int arity, boolean withContext) {
    if (withContext) {
      op(ALOAD_1);
      reserve(1);
    }
    invokeStatic(OPERATIONS, name, arity, withContext);
  }

  /** Pushes {@code truthy(condition) ? then : otherwise}, evaluating only the branch taken. */
  void conditional(Runnable condition, Runnable then, Runnable otherwise) {
    condition.run();
    op(INVOKESTATIC);
    u2(pool.methodRef(OPERATIONS, "truthy", "(D)Z"));
    doubles--;
    reserve(1);
    int toOtherwise = branch(IFEQ);
    then.run();
    int toEnd = branch(GOTO);
    doubles--;
    land(toOtherwise);
    otherwise.run();
    land(toEnd);
  }

  /** Returns the double on top: the end of a formula's method. */
  void returnResult() {
    op(DRETURN);
    doubles--;
  }

  /** Pops the double on top into {@code results[index]}, the array being local 2. */
  void storeResult(int index) {
    op(DSTORE_3);
    doubles--;
    op(ALOAD_2);
    pushInt(index);
    op(DLOAD_3);
    reserve(4);
    op(DASTORE);
    maxLocals = 5;
  }

  /** The end of a batch's method. */
  void returnNothing() {
    op(RETURN);
  }

  byte[] bytes() {
    return Arrays.copyOf(code, length);
  }

  int maxStack() {
    return maxStack;
  }

  int maxLocals() {
    return maxLocals;
  }

  /** The branch targets in increasing offset order, each once. */
  List<Frame> frames() {
    return frames;
  }

  private void invokeStatic(String owner, String name, int arity, boolean withContext) {
    String descriptor =
        "(" + "D".repeat(arity) + (withContext ? "L" + CONTEXT + ";" : "") + ")D";
    op(INVOKESTATIC);
    u2(pool.methodRef(owner, name, descriptor));
    doubles -= arity - 1;
  }

  private void pushInt(int value) {
    if (value >= -1 && value <= 5) {
      op(ICONST_0 + value);
    } else if (value == (byte) value) {
      op(BIPUSH);
      op(value & 0xFF);
    } else if (value == (short) value) {
      op(SIPUSH);
      u2(value);
    } else {
      op(LDC_W);
      u2(pool.integer(value));
    }
  }

  /** Writes a branch with a placeholder offset; returns where, for {@link #land}. */
  private int branch(int opcode) {
    int at = length;
    op(opcode);
    u2(0);
    return at;
  }

  /** Points the branch written at {@code branchAt} here, and records the frame of this target. */
  private void land(int branchAt) {
    int target = length;
    int offset = target - branchAt;
    code[branchAt + 1] = (byte) (offset >> 8);
    code[branchAt + 2] = (byte) offset;
    Frame last = frames.isEmpty() ? null : frames.get(frames.size() - 1);
    if (last == null || last.offset() != target) {
      frames.add(new Frame(target, doubles));
    } else if (last.doubles() != doubles) {
      throw new AssertionError("two stack heights at offset " + target + " is a bug");
    }
  }

  /** Counts one more double pushed, with {@code extraSlots} of temporaries below it at the peak. */
  private void pushed(int extraSlots) {
    reserve(extraSlots + 2);
    doubles++;
  }

  /** Notes that {@code slots} more than the current doubles are in use at this point. */
  private void reserve(int slots) {
    maxStack = Math.max(maxStack, 2 * doubles + slots);
  }

  private void op(int value) {
    if (length == MAX_LENGTH) {
      throw new TooLarge();
    }
    if (length == code.length) {
      code = Arrays.copyOf(code, 2 * length);
    }
    code[length++] = (byte) value;
  }

  private void u2(int value) {
    op(value >> 8 & 0xFF);
    op(value & 0xFF);
  }

  /** The formula does not fit a method HotSpot would compile; its tree evaluates it instead. */
  static final class TooLarge extends RuntimeException {
    private TooLarge() {
      super(null, null, false, false);
    }
  }
}
