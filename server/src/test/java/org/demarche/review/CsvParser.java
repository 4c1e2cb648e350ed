package org.demarche.review;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: fails on anything a spreadsheet might read otherwise. */
final class CsvParser {
  private CsvParser() {}

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new AssertionError("an unterminated quoted field in row " + (rows.size() + 1));
          }
          if (text.charAt(i) == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(text.charAt(i++));
        }
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
          throw new AssertionError("text after a closing quote in row " + (rows.size() + 1));
        }
        continue;
      }
      if (c == '"') {
        throw new AssertionError("a bare quote inside a field in row " + (rows.size() + 1));
      }
      if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
      i++;
    }
    if (field.length() > 0 || !row.isEmpty()) {
      throw new AssertionError("the last row does not end with a line feed");
    }
    return rows;
  }
}
