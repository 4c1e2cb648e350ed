package org.demarche.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Compiles an expression tree to a hidden class: one {@link Formula} whose {@code eval} runs the
 * tree's operations as straight-line bytecode, in the tree's order, so the JIT compiles each formula
 * into one method instead of a chain of megamorphic {@code Node.eval} calls. The class file is the
 * smallest that verifies (JVMS §4): a constructor, {@code eval}, and its stack map frames. A formula
 * too large for HotSpot to compile keeps its tree. Nothing strongly references a generated class,
 * so it is unloaded with the last expression using it.
 */
final class FormulaClass {
  private static final int JAVA_17 = 61;
  private static final int ACC_FINAL = 0x0010;
  private static final int ACC_SUPER = 0x0020;
  private static final String NAME = "org/demarche/expr/GeneratedFormula";
  private static final String SUPER = "org/demarche/expr/Formula";
  private static final String CONTEXT = "org/demarche/expr/EvalContext";
  private static final int FULL_FRAME = 255;
  private static final int ITEM_DOUBLE = 3;
  private static final int ITEM_OBJECT = 7;

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
    return define(classFile(pool, code));
  }

  private static Formula define(byte[] classFile) {
    try {
      MethodHandles.Lookup generated = MethodHandles.lookup().defineHiddenClass(classFile, true);
      return (Formula) generated
          .findConstructor(generated.lookupClass(), MethodType.methodType(void.class))
          .invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("a generated formula did not load; this is a bug", e);
    }
  }

  private static byte[] classFile(ConstantPool pool, FormulaCode code) {
    int thisClass = pool.classRef(NAME);
    int superClass = pool.classRef(SUPER);
    int contextClass = pool.classRef(CONTEXT);
    int init = pool.utf8("<init>");
    int voidDescriptor = pool.utf8("()V");
    int superInit = pool.methodRef(SUPER, "<init>", "()V");
    int eval = pool.utf8("eval");
    int evalDescriptor = pool.utf8("(L" + CONTEXT + ";)D");
    int codeAttribute = pool.utf8("Code");
    int stackMapTable = pool.utf8("StackMapTable");
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
      // Formula() { super(); }: aload_0, invokespecial, return
      byte[] constructor = {0x2a, (byte) 0xb7, (byte) (superInit >> 8), (byte) superInit, (byte) 0xb1};
      writeMethod(out, init, voidDescriptor, codeAttribute, 1, 1, constructor, null);
      byte[] frames = stackMapFrames(code, thisClass, contextClass);
      writeMethod(out, eval, evalDescriptor, codeAttribute, code.maxStack(), 2, code.bytes(),
          code.frames().isEmpty() ? null : new Attribute(stackMapTable, frames));
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

  /** One full frame per branch target: locals {@code this} and {@code ctx}, then the stack's doubles. */
  private static byte[] stackMapFrames(FormulaCode code, int thisClass, int contextClass)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(code.frames().size());
    int previous = -1;
    for (FormulaCode.Frame frame : code.frames()) {
      out.writeByte(FULL_FRAME);
      out.writeShort(frame.offset() - previous - 1);
      previous = frame.offset();
      out.writeShort(2);
      out.writeByte(ITEM_OBJECT);
      out.writeShort(thisClass);
      out.writeByte(ITEM_OBJECT);
      out.writeShort(contextClass);
      out.writeShort(frame.doubles());
      for (int d = 0; d < frame.doubles(); d++) {
        out.writeByte(ITEM_DOUBLE);
      }
    }
    return bytes.toByteArray();
  }
}
