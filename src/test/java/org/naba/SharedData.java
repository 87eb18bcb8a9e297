package org.naba;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a corpus-scale test: it reads the shared data set in {@code ../shared/data} beside the
 * checkout, and is skipped, saying why, when that folder is absent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedData.Condition.class)
public @interface SharedData {

  /** The shared data set. */
  Path FOLDER = Path.of("../shared/data");

  /** Runs the test only when {@link #FOLDER} exists. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return Files.isDirectory(FOLDER)
          ? ConditionEvaluationResult.enabled("shared data at " + FOLDER.toAbsolutePath())
          : ConditionEvaluationResult.disabled(
              "no shared data at " + FOLDER.toAbsolutePath() + ": corpus-scale test skipped");
    }
  }
}
