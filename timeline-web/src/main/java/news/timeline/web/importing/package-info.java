/** Importing articles into a timeline: reading and fetching them, the queue of candidates editors review, and the hosts fetching may reach. */
package news.timeline.web.importing;
