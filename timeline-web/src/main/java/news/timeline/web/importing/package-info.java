/** Importing articles into a timeline: reading and fetching them (large ones in background jobs), the queue of candidates editors review, and the hosts fetching may reach. */
package news.timeline.web.importing;
