/**
 * QCM: quiz files from {@code quizzes/}, attempts and their grading on the server. Pages and
 * the API never send which choices are correct before an attempt is submitted.
 */
package fr.egide.quiz;
