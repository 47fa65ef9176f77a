package org.programmehealth.model;

/** Learning, engagement and the leadership conditions for innovation. */
public record Learning(
        Double learningBudgetPercent,
        Boolean learningLog,
        Boolean practiceExchangeActive,
        Integer wholeSystemEvents,
        Integer communityEngagement,
        Integer spaceForDialogue,
        Integer permissionToInnovate) {
}
