package org.demarche.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file for a journal that keeps nothing and whose flush ({@code force}) waits until the test
 * releases it, to stand for a slow disk (or whose every write fails, for a full one). Only
 * appending, forcing and closing are supported.
 */
final class HeldFlushChannel extends FileChannel {
  final CountDownLatch forceStarted = new CountDownLatch(1);
  final CountDownLatch closed = new CountDownLatch(1);
  final AtomicInteger forces = new AtomicInteger();
  /** Each force's {@code metaData}, in order. */
  final List<Boolean> withMetadata = new CopyOnWriteArrayList<>();
  private final CountDownLatch release;
  private final boolean full;

  /** @param release what a flush waits for; null for a flush that never waits */
  HeldFlushChannel(CountDownLatch release) {
    this(release, false);
  }

  private HeldFlushChannel(CountDownLatch release, boolean full) {
    this.release = release;
    this.full = full;
  }

  /** A file on a full disk: every write fails. */
  static HeldFlushChannel onFullDisk() {
    return new HeldFlushChannel(null, true);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    if (full) {
      throw new IOException("No space left on device");
    }
    int n = src.remaining();
    src.position(src.limit());
    return n;
  }

  @Override
  public void force(boolean metaData) throws IOException {
    withMetadata.add(metaData);
    forces.incrementAndGet();
    forceStarted.countDown();
    try {
      if (release != null && !release.await(20, TimeUnit.SECONDS)) {
        throw new IOException("the test never released the flush");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while held", e);
    }
  }

  @Override
  protected void implCloseChannel() {
    closed.countDown();
  }

  @Override
  public int read(ByteBuffer dst) {
    throw unsupported();
  }

  @Override
  public long read(ByteBuffer[] dsts, int offset, int length) {
    throw unsupported();
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) {
    throw unsupported();
  }

  @Override
  public long position() {
    throw unsupported();
  }

  @Override
  public FileChannel position(long newPosition) {
    throw unsupported();
  }

  @Override
  public long size() {
    throw unsupported();
  }

  @Override
  public FileChannel truncate(long size) {
    throw unsupported();
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) {
    throw unsupported();
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long position, long count) {
    throw unsupported();
  }

  @Override
  public int read(ByteBuffer dst, long position) {
    throw unsupported();
  }

  @Override
  public int write(ByteBuffer src, long position) {
    throw unsupported();
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) {
    throw unsupported();
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) {
    throw unsupported();
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("a journal only appends, forces and closes");
  }
}
