/**
 * A program's state: a draft only HR sees, published (learners it is assigned to see it), or
 * archived (issue 21: its assignments ended, learners' history kept, restored as a draft).
 */
export type ProgramStatus = "draft" | "published" | "archived";
