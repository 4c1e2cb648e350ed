package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The formats a review is written in, each as UTF-8 text: the same review always gives the same
 * bytes. Any thread.
 */
public enum ReviewFormat {
  /** Everything, for tools. */
  JSON("json", JsonRenderer::render),
  /** Scores, objective scores, resources and variables turn by turn, for spreadsheets. */
  CSV("csv", CsvRenderer::render),
  /** The report as Markdown, without charts. */
  MD("md", MarkdownRenderer::render),
  /** The report as one self-contained page with charts, to read on screen or print. */
  HTML("html", HtmlRenderer::render);

  private final String extension;
  private final Function<AfterActionReview, String> renderer;

  ReviewFormat(String extension, Function<AfterActionReview, String> renderer) {
    this.extension = extension;
    this.renderer = renderer;
  }

  /**
   * The format named by {@code text}, in any case ({@code html}, {@code MD}).
   *
   * @throws IllegalArgumentException listing the formats when there is no such format
   */
  public static ReviewFormat parse(String text) {
    List<String> names = new ArrayList<>();
    for (ReviewFormat format : values()) {
      if (format.extension.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return format;
      }
      names.add(format.extension);
    }
    throw new IllegalArgumentException("unknown review format '" + text + "'; the formats are "
        + String.join(", ", names));
  }

  /** The file name extension without the dot, also the name {@link #parse} takes. */
  public String extension() {
    return extension;
  }

  public String render(AfterActionReview review) {
    return renderer.apply(review);
  }
}
