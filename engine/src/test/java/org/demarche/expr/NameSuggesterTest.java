package org.demarche.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSuggesterTest {

  private static final List<String> FIELDS = List.of("reserves_usd_bn", "inflation", "stability", "capital");

  @Test
  void oneTypoIsCorrected() {
    assertEquals(Optional.of("stability"), NameSuggester.closest("stabilty", FIELDS), "a missing letter is one edit");
    assertEquals(Optional.of("inflation"), NameSuggester.closest("inflatoin", FIELDS), "a swap of neighbours is one edit");
  }

  @Test
  void caseIsIgnored() {
    assertEquals(Optional.of("capital"), NameSuggester.closest("Capital", FIELDS), "a different case should still match");
    assertEquals(Optional.of("stability"), NameSuggester.closest("STABILTY", FIELDS), "case and a typo together");
  }

  @Test
  void uniquePrefixIsCompleted() {
    assertEquals(Optional.of("reserves_usd_bn"), NameSuggester.closest("reserv", FIELDS), "only one field starts with 'reserv'");
  }

  @Test
  void ambiguousPrefixSuggestsNothing() {
    assertEquals(Optional.empty(), NameSuggester.closest("res", List.of("reserves", "resources")),
        "two fields start with 'res', so neither should be suggested");
  }

  @Test
  void distantNamesSuggestNothing() {
    assertEquals(Optional.empty(), NameSuggester.closest("population", FIELDS), "no field is close to 'population'");
    assertEquals(Optional.empty(), NameSuggester.closest("anything", List.of()), "no candidates, no suggestion");
  }

  @Test
  void allowedDistanceGrowsWithTheLength() {
    assertEquals(Optional.of("legitimacy"), NameSuggester.closest("legitmcy", List.of("legitimacy")),
        "two edits are allowed for an eight-letter name");
    assertEquals(Optional.empty(), NameSuggester.closest("lgtmcy", List.of("legitimacy")),
        "four edits are too many for a six-letter name");
  }

  @Test
  void exactMatchIsReturnedAsIs() {
    assertEquals(Optional.of("capital"), NameSuggester.closest("capital", FIELDS), "an exact match is the closest");
  }

  @Test
  void tiesGoToTheAlphabeticallyFirstWhateverTheOrder() {
    assertEquals(Optional.of("bat"), NameSuggester.closest("cat", List.of("hat", "bat")), "bat and hat tie; bat comes first");
    assertEquals(Optional.of("bat"), NameSuggester.closest("cat", List.of("bat", "hat")), "the order given should not matter");
    assertEquals(Optional.of("bat"), NameSuggester.closest("cat", Set.of("hat", "bat")), "an unordered set gives the same");
  }

  @Test
  void distanceCountsEditsAndSwaps() {
    assertEquals(0, NameSuggester.distance("abc", "abc"), "equal strings are 0 apart");
    assertEquals(3, NameSuggester.distance("", "abc"), "three insertions");
    assertEquals(1, NameSuggester.distance("abc", "acb"), "one swap of neighbours");
    assertEquals(3, NameSuggester.distance("kitten", "sitting"), "the classic example is 3");
  }
}
