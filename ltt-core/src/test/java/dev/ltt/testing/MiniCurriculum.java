package dev.ltt.testing;

import java.nio.charset.StandardCharsets;

/**
 * A small curriculum for rule tests. Epic "Beta" depends on epic "Alpha", so everything under Beta is
 * blocked through its ancestor until Alpha closes; "b-leaf" depends on its sibling "a-leaf"; "talk" is a
 * conversational subtask that needs no submission.
 * <pre>
 * mini@v1
 *   .1 Alpha          .1.1 Alpha one    .1.1.1 a-leaf   .1.1.2 b-leaf (needs a-leaf)   .1.1.3 talk
 *   .2 Beta (needs Alpha)  .2.1 Beta one  .2.1.1 c-leaf
 * </pre>
 */
public final class MiniCurriculum {
    public static final String SLUG = "mini";
    public static final String ROOT = "mini@v1";
    public static final String ALPHA = "mini@v1.1";
    public static final String ALPHA_ONE = "mini@v1.1.1";
    public static final String A = "mini@v1.1.1.1";
    public static final String B = "mini@v1.1.1.2";
    public static final String TALK = "mini@v1.1.1.3";
    public static final String BETA = "mini@v1.2";
    public static final String BETA_ONE = "mini@v1.2.1";
    public static final String C = "mini@v1.2.1.1";

    private MiniCurriculum() {}

    public static byte[] document() {
        return """
                {
                  "project_id": "mini", "version": 1, "title": "Mini",
                  "learning_objectives": [{"level": "create", "description": "finish everything"}],
                  "epics": [
                    {"title": "Alpha", "tasks": [
                      {"title": "Alpha one",
                       "learning_objectives": [{"level": "apply", "description": "do alpha"}],
                       "subtasks": [
                        {"title": "a-leaf", "learning_objectives": [{"level": "remember", "description": "a"}]},
                        {"title": "b-leaf", "dependencies": ["a-leaf"], "priority": 0},
                        {"title": "talk", "subtask_type": "conversational"}
                      ]}
                    ]},
                    {"title": "Beta", "dependencies": ["Alpha"], "tasks": [
                      {"title": "Beta one", "subtasks": [{"title": "c-leaf"}]}
                    ]}
                  ]
                }
                """.getBytes(StandardCharsets.UTF_8);
    }
}
