package org.demarche.store;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.demarche.proto.v1.JournalRecord;

/**
 * The framing of a journal file: length-delimited {@link JournalRecord}s, each with the CRC-32C
 * of its entry. Reading stops at the first record that is not whole; what follows it decides
 * whether that is a torn tail (the process died mid-write: cut it) or damage in the middle (keep
 * the file as it is and refuse it).
 */
final class JournalFile {
  private JournalFile() {}

  /**
   * What a file holds.
   *
   * @param entries the serialized entries of the whole records, in order
   * @param wholeLength the bytes those records take: the file is cut back to it on a torn tail
   * @param tail empty when the file ends with a whole record; otherwise what is wrong at
   *     {@code wholeLength}
   * @param damagedMiddle whether whole records were found after the bad one
   */
  record Contents(List<byte[]> entries, long wholeLength, String tail, boolean damagedMiddle) {}

  /** One entry framed as a record, ready to append. */
  static byte[] frame(byte[] entry) {
    CRC32C crc = new CRC32C();
    crc.update(entry);
    JournalRecord record = JournalRecord.newBuilder()
        .setCrc32C((int) crc.getValue())
        .setEntry(ByteString.copyFrom(entry))
        .build();
    int size = record.getSerializedSize();
    byte[] framed = new byte[CodedOutputStream.computeUInt32SizeNoTag(size) + size];
    CodedOutputStream out = CodedOutputStream.newInstance(framed);
    try {
      out.writeUInt32NoTag(size);
      record.writeTo(out);
      out.checkNoSpaceLeft();
    } catch (IOException e) {
      throw new AssertionError("writing into an array of the exact size cannot fail", e);
    }
    return framed;
  }

  /** Appends a framed record whole: a channel may write less than asked in one call. */
  static void append(FileChannel channel, byte[] record) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(record);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  static Contents read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<byte[]> entries = new ArrayList<>();
    int position = 0;
    while (position < bytes.length) {
      String problem = problemAt(bytes, position, entries);
      if (problem != null) {
        return new Contents(entries, position, problem + " at byte " + position,
            wholeRecordFollows(bytes, position));
      }
      position = nextRecord(bytes, position);
    }
    return new Contents(entries, position, "", false);
  }

  /** Reads the record at {@code position} into {@code entries}; null when it is whole. */
  private static String problemAt(byte[] bytes, int position, List<byte[]> entries) {
    int end = nextRecord(bytes, position);
    if (end < 0) {
      return "a record cut short";
    }
    JournalRecord record;
    try {
      CodedInputStream in = CodedInputStream.newInstance(bytes, position, end - position);
      in.readUInt32();
      record = JournalRecord.parseFrom(in);
    } catch (IOException e) {
      return "a record that does not parse";
    }
    byte[] entry = record.getEntry().toByteArray();
    if (entry.length == 0) {
      return "an empty record"; // zeros on disk would otherwise pass: the CRC of nothing is 0
    }
    CRC32C crc = new CRC32C();
    crc.update(entry);
    if ((int) crc.getValue() != record.getCrc32C()) {
      return "a record whose checksum does not match";
    }
    entries.add(entry);
    return null;
  }

  /** Where the record at {@code position} ends, or -1 when the file ends first. */
  private static int nextRecord(byte[] bytes, int position) {
    try {
      CodedInputStream in = CodedInputStream.newInstance(bytes, position, bytes.length - position);
      int length = in.readUInt32();
      long end = (long) position + in.getTotalBytesRead() + length;
      return length < 0 || end > bytes.length ? -1 : (int) end;
    } catch (InvalidProtocolBufferException e) {
      return -1;
    } catch (IOException e) {
      throw new AssertionError("reading an array fails only by InvalidProtocolBufferException", e);
    }
  }

  /**
   * Whether a whole, valid record starts somewhere after a bad one: then the damage is not a
   * torn tail, and cutting there would drop entries that were acknowledged.
   */
  private static boolean wholeRecordFollows(byte[] bytes, int bad) {
    for (int position = bad + 1; position < bytes.length; position++) {
      if (problemAt(bytes, position, new ArrayList<>()) == null) {
        return true;
      }
    }
    return false;
  }
}
