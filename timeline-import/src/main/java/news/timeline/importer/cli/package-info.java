/** The {@code timeline-import} command line: argument parsing, commands and their output. */
package news.timeline.importer.cli;
