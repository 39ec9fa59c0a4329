/** Who and where: people, organisations and countries that act in the news, and the places it happens. */
package news.timeline.core.actor;
