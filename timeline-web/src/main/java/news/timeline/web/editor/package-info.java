/** The editor's pages and forms that create and correct timelines and milestones, and the administrators' accounts page. */
package news.timeline.web.editor;
