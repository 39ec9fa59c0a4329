package news.timeline.web.browser;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the browser tests skipped for want of Chromium or npm and says so once, when the tests end:
 * "24 browser tests skipped: no Chromium; install Debian's chromium and npm to run them". Registered in
 * {@code META-INF/services}.
 */
public final class BrowserSkips implements TestExecutionListener {

    private TestPlan plan;
    private long skipped;
    private String why;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped = 0;
        why = null;
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (reason == null || !reason.startsWith(BrowserAvailable.SKIPPED)) {
            return;
        }
        why = reason.substring(BrowserAvailable.SKIPPED.length());
        skipped += identifier.isTest() ? 1 : plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped > 0) {
            System.out.println(skipped + " browser tests skipped: " + why + "; install Debian's chromium and npm to run"
                    + " them (CI requires them with -D" + BrowserAvailable.REQUIRED + "=true)");
        }
    }
}
