package fr.egide.quiz;

/** A possible answer; {@code feedbackHtml} is shown after submission to those who picked it. */
public record Choice(String id, String textHtml, boolean correct, String feedbackHtml) {
}
