/** What every editing form shares: its errors field by field, and the message a redirect carries to the next page. */
package news.timeline.web.form;
