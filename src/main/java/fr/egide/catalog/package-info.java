/**
 * The catalogue: Markdown modules with front matter and the courses that group them, read
 * from {@code courses/}, validated with file and line for every problem, rendered once per
 * module version into safe HTML sections.
 */
package fr.egide.catalog;
