package news.timeline.web.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests where Chromium and npm are installed, and skips them where they are not, so that
 * the test command passes on a machine with nothing but a JDK; {@link BrowserSkips} says so in one line at
 * the end. With {@code -Dbrowser.required=true} (as CI runs them) a missing tool fails the tests instead,
 * with {@link Browsers}' message on how to install it, so a machine without them cannot pass unseen.
 */
final class BrowserAvailable implements ExecutionCondition {

    /** The system property that makes the browser tests required. */
    static final String REQUIRED = "browser.required";
    /** How a skip for a missing tool starts, for {@link BrowserSkips} to count. */
    static final String SKIPPED = "browser tools missing: ";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Browsers.missingTools();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and npm are installed");
        }
        if (Boolean.getBoolean(REQUIRED)) {
            return ConditionEvaluationResult.enabled(REQUIRED + " is set: the tests fail on " + missing);
        }
        return ConditionEvaluationResult.disabled(SKIPPED + missing);
    }
}
