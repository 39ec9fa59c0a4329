/** What editors use: accounts and sign-in, and the forms that create and correct timelines and milestones. */
package news.timeline.web.editor;
