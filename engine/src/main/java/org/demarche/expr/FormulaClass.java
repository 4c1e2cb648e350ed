package org.demarche.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles expression trees to hidden classes, so the JIT compiles a formula into one method
 * instead of a chain of megamorphic {@code Node.eval} calls: a {@link Formula} for one expression
 * ({@link #of}), or an {@link ExpressionBatch.Body} for several. The class file is the smallest that
 * verifies (JVMS §4): a constructor, the one method, and its stack map frames. Code too large for
 * HotSpot to compile keeps its trees. Nothing strongly references a generated class, so it is
 * unloaded with the last expression using it.
 */
final class FormulaClass {
  private static final int JAVA_17 = 61;
  private static final int ACC_FINAL = 0x0010;
  private static final int ACC_SUPER = 0x0020;
  private static final String NAME = "org/demarche/expr/GeneratedFormula";
  private static final String CONTEXT = "org/demarche/expr/EvalContext";
  private static final int FULL_FRAME = 255;
  private static final int ITEM_DOUBLE = 3;
  private static final int ITEM_OBJECT = 7;

  /** The class a generated class extends, and the method it implements. */
  private enum Shape {
    /** {@code double eval(EvalContext ctx)} of {@link Formula}. */
    FORMULA("org/demarche/expr/Formula", "eval", "(L" + CONTEXT + ";)D", 2),
    /** {@code void evalAll(EvalContext ctx, double[] results)} of {@link ExpressionBatch.Body}. */
    BATCH("org/demarche/expr/ExpressionBatch$Body", "evalAll", "(L" + CONTEXT + ";[D)V", 3);

    final String superName;
    final String method;
    final String descriptor;
    /** The local slots of {@code this} and the arguments. */
    final int argumentSlots;

    Shape(String superName, String method, String descriptor, int argumentSlots) {
      this.superName = superName;
      this.method = method;
      this.descriptor = descriptor;
      this.argumentSlots = argumentSlots;
    }
  }

  private FormulaClass() {}

  /** The generated formula for {@code root}, or {@code root} itself when it is a constant or too large. */
  static Formula of(Node root) {
    if (root instanceof Node.Const) {
      return root;
    }
    ConstantPool pool = new ConstantPool();
    FormulaCode code = new FormulaCode(pool);
    try {
      root.emit(code);
      code.returnResult();
    } catch (FormulaCode.TooLarge e) {
      return root;
    }
    return (Formula) define(classFile(Shape.FORMULA, pool, code));
  }

  /**
   * A body that stores the value of {@code roots[i]} in {@code results[i]}, evaluating them in
   * order, or null when the code would be too large.
   */
  static ExpressionBatch.Body batch(List<Node> roots) {
    ConstantPool pool = new ConstantPool();
    FormulaCode code = new FormulaCode(pool);
    try {
      for (int i = 0; i < roots.size(); i++) {
        roots.get(i).emit(code);
        code.storeResult(i);
      }
      code.returnNothing();
    } catch (FormulaCode.TooLarge e) {
      return null;
    }
    return (ExpressionBatch.Body) define(classFile(Shape.BATCH, pool, code));
  }

  private static Object define(byte[] classFile) {
    try {
      MethodHandles.Lookup generated = MethodHandles.lookup().defineHiddenClass(classFile, true);
      return generated
          .findConstructor(generated.lookupClass(), MethodType.methodType(void.class))
          .invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("a generated formula did not load; this is a bug", e);
    }
  }

  private static byte[] classFile(Shape shape, ConstantPool pool, FormulaCode code) {
    int thisClass = pool.classRef(NAME);
    int superClass = pool.classRef(shape.superName);
    int init = pool.utf8("<init>");
    int voidDescriptor = pool.utf8("()V");
    int superInit = pool.methodRef(shape.superName, "<init>", "()V");
    int method = pool.utf8(shape.method);
    int methodDescriptor = pool.utf8(shape.descriptor);
    int codeAttribute = pool.utf8("Code");
    int stackMapTable = pool.utf8("StackMapTable");
    // The locals at every branch target: this, ctx, and for a batch the results array.
    List<Integer> locals = new ArrayList<>(List.of(thisClass, pool.classRef(CONTEXT)));
    if (shape == Shape.BATCH) {
      locals.add(pool.classRef("[D"));
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(0xCAFEBABE);
      out.writeShort(0);
      out.writeShort(JAVA_17);
      pool.writeTo(out);
      out.writeShort(ACC_FINAL | ACC_SUPER);
      out.writeShort(thisClass);
      out.writeShort(superClass);
      out.writeShort(0); // interfaces
      out.writeShort(0); // fields
      out.writeShort(2); // methods
      // The constructor: aload_0, invokespecial super(), return
      byte[] constructor = {0x2a, (byte) 0xb7, (byte) (superInit >> 8), (byte) superInit, (byte) 0xb1};
      writeMethod(out, init, voidDescriptor, codeAttribute, 1, 1, constructor, null);
      Attribute frames = code.frames().isEmpty()
          ? null
          : new Attribute(stackMapTable, stackMapFrames(code, locals));
      writeMethod(out, method, methodDescriptor, codeAttribute, code.maxStack(),
          Math.max(shape.argumentSlots, code.maxLocals()), code.bytes(), frames);
      out.writeShort(0); // class attributes
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
  }
  private record Attribute(int name, byte[] content) {}

  private static void writeMethod(DataOutputStream out, int name, int descriptor, int codeAttribute,
      int maxStack, int maxLocals, byte[] code, Attribute attribute) throws IOException {
    out.writeShort(0); // package access, like the method it overrides
    out.writeShort(name);
    out.writeShort(descriptor);
    out.writeShort(1); // attributes: Code
    int attributeLength = attribute == null ? 0 : 6 + attribute.content().length;
    out.writeShort(codeAttribute);
    out.writeInt(12 + code.length + attributeLength);
    out.writeShort(maxStack);
    out.writeShort(maxLocals);
    out.writeInt(code.length);
    out.write(code);
    out.writeShort(0); // exception table
    out.writeShort(attribute == null ? 0 : 1);
    if (attribute != null) {
      out.writeShort(attribute.name());
      out.writeInt(attribute.content().length);
      out.write(attribute.content());
    }
  }

  /**
   * One full frame per branch target: the object {@code locals} (a batch's scratch double is dead
   * across branches, so it is left out), then the stack's doubles.
   */
  private static byte[] stackMapFrames(FormulaCode code, List<Integer> locals)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(code.frames().size());
    int previous = -1;
    for (FormulaCode.Frame frame : code.frames()) {
      out.writeByte(FULL_FRAME);
      out.writeShort(frame.offset() - previous - 1);
      previous = frame.offset();
      out.writeShort(locals.size());
      for (int local : locals) {
        out.writeByte(ITEM_OBJECT);
        out.writeShort(local);
      }
      out.writeShort(frame.doubles());
      for (int d = 0; d < frame.doubles(); d++) {
        out.writeByte(ITEM_DOUBLE);
      }
    }
    return bytes.toByteArray();
  }
}
