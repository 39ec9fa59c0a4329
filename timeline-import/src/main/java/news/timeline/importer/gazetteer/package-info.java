/** The gazetteer: actors and places of international news read from data files, and the finder that names them in a text, titles, metonyms and near-misspellings included. */
package news.timeline.importer.gazetteer;
