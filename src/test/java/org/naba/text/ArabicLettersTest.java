package org.naba.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArabicLettersTest {

  /** Unicode names that do not hold every word of the constant's name. */
  private static final Map<String, String> OTHER_NAMES = Map.of("YEH_E", "ARABIC LETTER E");

  private static List<Field> constants() {
    List<Field> fields = new ArrayList<>();
    for (Field f : ArabicLetters.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == char.class) {
        fields.add(f);
      }
    }
    return fields;
  }

  @Test
  void everyConstantIsTheCharacterItsNameSays() throws IllegalAccessException {
    for (Field f : constants()) {
      char c = f.getChar(null);
      String unicode = Character.getName(c);
      if (OTHER_NAMES.containsKey(f.getName())) {
        assertEquals(OTHER_NAMES.get(f.getName()), unicode);
        continue;
      }
      List<String> words = Arrays.asList(unicode.split(" "));
      for (String word : f.getName().split("_")) {
        assertTrue(words.contains(word), f.getName() + " is " + unicode);
      }
    }
  }

  @Test
  void everyConstantIsADifferentCharacterOfTheArabicBlock() throws IllegalAccessException {
    Map<Character, String> seen = new HashMap<>();
    for (Field f : constants()) {
      char c = f.getChar(null);
      assertEquals(Character.UnicodeBlock.ARABIC, Character.UnicodeBlock.of(c), f.getName());
      String other = seen.put(c, f.getName());
      assertTrue(other == null, f.getName() + " and " + other + " name one character");
    }
  }
}
