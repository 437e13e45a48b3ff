/**
 * Awareness timed with the pole's life: events (trade fairs abroad and at home), campaigns
 * that assign courses before them, at admission and for the annual refresher, speakers'
 * sessions with registration, waiting list and attendance, suggested dates, and calendars
 * (iCalendar feeds and a month page).
 */
package fr.egide.scheduling;
