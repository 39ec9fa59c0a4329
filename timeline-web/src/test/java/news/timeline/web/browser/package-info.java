/** Tests that drive the reader pages in a real browser (the system's Chromium through Playwright). */
package news.timeline.web.browser;
