-- Template layer: the curriculum, shared by every learner. No status lives here (ADR-001).

CREATE TABLE projects (
    pk                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug              text        NOT NULL,
    version           integer     NOT NULL CHECK (version >= 1),
    root_task_id      text        NOT NULL,
    title             text        NOT NULL,
    narrative_context text,
    workspace_type    text,
    document_sha256   text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (slug, version)
);

-- Every node of the tree, the project itself included (task_type 'project').
-- sort_path is the numeric position path ({2,10} for ".2.10"): ORDER BY sort_path is curriculum order.
CREATE TABLE tasks (
    id                  text    PRIMARY KEY,
    project_pk          bigint  NOT NULL REFERENCES projects (pk) ON DELETE CASCADE,
    parent_id           text    REFERENCES tasks (id) ON DELETE CASCADE,
    sort_path           integer[] NOT NULL,
    task_type           text    NOT NULL CHECK (task_type IN ('project', 'epic', 'task', 'subtask')),
    title               text    NOT NULL,
    description         text,
    content             text,
    acceptance_criteria text,
    priority            smallint CHECK (priority BETWEEN 0 AND 4),  -- null: not given (2 applies)
    estimated_minutes   integer,
    subtask_type        text,
    requires_submission boolean,  -- null: not given (conversational subtasks need none, other leaves do)
    tutor_guidance      jsonb,
    extra               jsonb   NOT NULL DEFAULT '{}'::jsonb  -- keys LTT does not model (checks, validation, ...), kept for export
);
CREATE INDEX tasks_project_order ON tasks (project_pk, sort_path);
CREATE INDEX tasks_parent ON tasks (parent_id);

CREATE TABLE dependencies (
    task_id       text NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    depends_on_id text NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    dep_type      text NOT NULL CHECK (dep_type IN ('blocks', 'related')),
    position      integer NOT NULL,
    PRIMARY KEY (task_id, depends_on_id),
    CHECK (task_id <> depends_on_id)
);
CREATE INDEX dependencies_target ON dependencies (depends_on_id);

CREATE TABLE learning_objectives (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id     text    NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    level       text    NOT NULL CHECK (level IN ('remember', 'understand', 'apply', 'analyze', 'evaluate', 'create')),
    description text    NOT NULL,
    extra       jsonb   NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (task_id, position)
);

-- Comments an instructor shares with every learner of a task: template-side, no learner owns them.
CREATE TABLE shared_comments (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id    text        NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author     text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shared_comments_task ON shared_comments (task_id, created_at);
