-- The public portal, second part: every unit's site (news categories, pages, articles) and exact view counts.
-- A site belongs to a unit of the organisation tree; a former ward's site stays readable as an archive.

create table portal.news_category (
    id       bigserial primary key,
    unit_id  bigint       not null references orgunit.org_unit (id),
    name     varchar(150) not null,
    position int          not null default 0,
    unique (unit_id, name)
);

-- Static pages of a site: introduction, organisation, procedures.
create table portal.site_page (
    id         bigserial primary key,
    unit_id    bigint       not null references orgunit.org_unit (id),
    slug       varchar(80)  not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title      varchar(300) not null,
    body_html  text         not null,
    position   int          not null default 0,
    updated_by varchar(200) not null,
    updated_at timestamptz  not null,
    unique (unit_id, slug)
);

-- An article moves draft → in review → scheduled (public from publish_at) → unpublished; a reviewer who is not the
-- author approves it. search_text holds title, summary and text without diacritics, lower case.
create table portal.article (
    id             bigserial primary key,
    unit_id        bigint        not null references orgunit.org_unit (id),
    category_id    bigint        not null references portal.news_category (id),
    title          varchar(300)  not null,
    summary        varchar(1000) not null,
    body_html      text          not null,
    image_alt      varchar(300),
    state          varchar(12)   not null check (state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED')),
    publish_at     timestamptz,
    author         varchar(100)  not null,
    author_name    varchar(200)  not null,
    reviewer_name  varchar(200),
    review_note    varchar(1000),
    search_text    text          not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        int           not null default 1,
    check (state <> 'SCHEDULED' or (publish_at is not null and reviewer_name is not null))
);
create index article_public on portal.article (unit_id, publish_at desc) where state = 'SCHEDULED';
create index article_category on portal.article (category_id);

-- The article's picture (web size and thumbnail) and attachments: kept with the article, served only once public.
create table portal.article_file (
    id           bigserial primary key,
    article_id   bigint       not null references portal.article (id),
    kind         varchar(10)  not null default 'ATTACHMENT' check (kind in ('IMAGE', 'THUMBNAIL', 'ATTACHMENT')),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   int          not null,
    sha256       char(64)     not null,
    content      bytea        not null
);
create index article_file_article on portal.article_file (article_id, kind);

-- Lượt xem: one row per article and day (Vietnam time). Each app node adds up its views in memory and adds them
-- here about once a second, so the table grows by a row per article and day, never by a row per view.
create table portal.article_view_day (
    article_id bigint not null references portal.article (id),
    day        date   not null,
    views      bigint not null check (views >= 0),
    primary key (article_id, day)
);
