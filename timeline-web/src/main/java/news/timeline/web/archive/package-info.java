/** The whole site as one archive file: what it holds, writing it, checking and importing it. */
package news.timeline.web.archive;
