package org.demarche.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The constant pool of one generated class file (JVMS §4.4): the entries a formula's code needs,
 * each written once, in the order first asked for.
 */
final class ConstantPool {
  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int METHOD_REF = 10;
  private static final int INTERFACE_METHOD_REF = 11;
  private static final int NAME_AND_TYPE = 12;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);
  /** Entry index by a key naming its tag and content; only looked up, never iterated. */
  private final Map<String, Integer> indices = new HashMap<>();
  /** The next free index: entry 0 does not exist, and a double takes two indices. */
  private int next = 1;

  int utf8(String text) {
    return entry("U" + text, 1, () -> {
      out.writeByte(UTF8);
      out.writeUTF(text);
    });
  }

  /** A class by its internal name, such as {@code java/lang/Math}. */
  int classRef(String internalName) {
    int name = utf8(internalName);
    return entry("C" + internalName, 1, () -> {
      out.writeByte(CLASS);
      out.writeShort(name);
    });
  }

  int methodRef(String owner, String name, String descriptor) {
    return memberRef(METHOD_REF, owner, name, descriptor);
  }

  int interfaceMethodRef(String owner, String name, String descriptor) {
    return memberRef(INTERFACE_METHOD_REF, owner, name, descriptor);
  }

  int integer(int value) {
    return entry("I" + value, 1, () -> {
      out.writeByte(INTEGER);
      out.writeInt(value);
    });
  }

  /** Keyed by the raw bits, so that -0.0 and 0.0 (and NaNs) stay distinct constants. */
  int doubleConstant(double value) {
    long bits = Double.doubleToRawLongBits(value);
    return entry("D" + bits, 2, () -> {
      out.writeByte(DOUBLE);
      out.writeLong(bits);
    });
  }

  /** The {@code constant_pool_count} of the class file, then every entry. */
  void writeTo(DataOutputStream classFile) throws IOException {
    classFile.writeShort(next);
    bytes.writeTo(classFile);
  }

  private int memberRef(int tag, String owner, String name, String descriptor) {
    int ownerIndex = classRef(owner);
    int nameIndex = utf8(name);
    int descriptorIndex = utf8(descriptor);
    int nameAndType = entry("N" + name + ' ' + descriptor, 1, () -> {
      out.writeByte(NAME_AND_TYPE);
      out.writeShort(nameIndex);
      out.writeShort(descriptorIndex);
    });
    return entry("M" + tag + owner + '.' + name + descriptor, 1, () -> {
      out.writeByte(tag);
      out.writeShort(ownerIndex);
      out.writeShort(nameAndType);
    });
  }

  private int entry(String key, int width, Writer writer) {
    Integer known = indices.get(key);
    if (known != null) {
      return known;
    }
    try {
      writer.write();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    int index = next;
    next += width;
    if (next > 0xFFFF) {
      throw new IllegalStateException("constant pool overflow");
    }
    indices.put(key, index);
    return index;
  }

  private interface Writer {
    void write() throws IOException;
  }
}
