-- A tiny stand-in for the Maji Ndogo water survey (maji-ndogo-part1-v3) for the sql_result tests:
-- the same 8 tables and column names as the curriculum's checks, with just enough rows that each
-- reference query meets its expectation. Not real data.

CREATE TABLE location (
    location_id TEXT PRIMARY KEY,
    address TEXT,
    province_name TEXT,
    town_name TEXT,
    location_type TEXT
);
INSERT INTO location VALUES
    ('AkHa00000', '2 Addis Ababa Road', 'Akatsi', 'Harare', 'Urban'),
    ('AkKi00881', '10 Kilimani Lane', 'Akatsi', 'Kilimani', 'Urban'),
    ('AkLu01628', '4 Lusaka Street', 'Akatsi', 'Lusaka', 'Rural'),
    ('AkRu05234', '7 Rural Road', 'Akatsi', 'Rural', 'Rural'),
    ('HaZa21742', '1 Zanzibar Way', 'Hawassa', 'Zanzibar', 'Urban'),
    ('SoRu36096', '3 Market Street', 'Sokoto', 'Rural', 'Rural'),
    ('SoRu37635', '9 River Road', 'Sokoto', 'Rural', 'Rural');

CREATE TABLE water_source (
    source_id TEXT PRIMARY KEY,
    type_of_water_source TEXT,
    number_of_people_served INTEGER
);
INSERT INTO water_source VALUES
    ('AkHa00000224', 'tap_in_home', 956),
    ('AkKi00881224', 'tap_in_home_broken', 930),
    ('AkLu01628224', 'well', 318),
    ('AkRu05234224', 'shared_tap', 2630),
    ('HaZa21742224', 'river', 1500),
    ('SoRu36096224', 'shared_tap', 3920),
    ('SoRu37635224', 'well', 562);

CREATE TABLE visits (
    record_id INTEGER PRIMARY KEY,
    location_id TEXT,
    source_id TEXT,
    time_of_record TEXT,
    visit_count INTEGER,
    time_in_queue INTEGER,
    assigned_employee_id INTEGER
);
INSERT INTO visits VALUES
    (0, 'SoRu37635', 'SoRu37635224', '2021-01-01 09:10:00', 1, 0, 1),
    (1, 'AkKi00881', 'AkKi00881224', '2021-01-01 09:17:00', 1, 0, 2),
    (2, 'AkRu05234', 'AkRu05234224', '2021-01-01 09:36:00', 1, 62, 3),
    (3, 'AkRu05234', 'AkRu05234224', '2021-01-02 10:05:00', 2, 513, 3),
    (4, 'HaZa21742', 'HaZa21742224', '2021-01-02 11:24:00', 1, 0, 1),
    (5, 'SoRu36096', 'SoRu36096224', '2021-01-03 08:42:00', 1, 540, 2);

CREATE TABLE quality_score (
    record_id INTEGER PRIMARY KEY,
    subjective_quality_score INTEGER,
    visit_count INTEGER
);
-- 218 suspicious records: a second visit to a source scored a perfect 10 (home taps are visited once).
INSERT INTO quality_score (record_id, subjective_quality_score, visit_count)
    WITH RECURSIVE n(i) AS (SELECT 1000 UNION ALL SELECT i + 1 FROM n WHERE i < 1217)
    SELECT i, 10, 2 FROM n;
INSERT INTO quality_score VALUES (0, 10, 1), (1, 9, 1), (2, 3, 1), (3, 4, 2), (4, 10, 1), (5, 2, 1);

CREATE TABLE well_pollution (
    source_id TEXT,
    date TEXT,
    description TEXT,
    pollutant_ppm REAL,
    biological REAL,
    results TEXT
);
INSERT INTO well_pollution VALUES
    ('AkLu01628224', '2021-01-04 09:17:00', 'Clean', 0.0, 0.0, 'Clean'),
    ('SoRu37635224', '2021-01-04 09:53:00', 'Clean', 0.0, 0.0, 'Clean'),
    ('KiRu28935224', '2021-01-05 10:12:00', 'Contaminated: Chemical', 6.9, 0.0, 'Contaminated: Chemical'),
    ('HaRu16470224', '2021-01-05 12:03:00', 'Bacteria: E. coli', 0.0, 32.1, 'Contaminated: Biological'),
    ('KiZu31170224', '2021-01-06 08:30:00', 'Clean', 0.0, 0.0405, 'Clean'),
    ('AkRu06849224', '2021-01-06 09:44:00', 'Clean', 0.0, 0.0213, 'Clean');
-- 38 records whose description wrongly starts with "Clean": 20 E. coli, 18 Giardia Lamblia.
INSERT INTO well_pollution
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 38)
    SELECT printf('KiRu%05d224', i), printf('2021-02-%02d 10:00:00', 1 + i % 28),
           CASE WHEN i <= 20 THEN 'Clean Bacteria: E. coli' ELSE 'Clean Bacteria: Giardia Lamblia' END,
           0.0, 10.0 + i, 'Contaminated: Biological'
    FROM n;

CREATE TABLE employee (
    assigned_employee_id INTEGER PRIMARY KEY,
    employee_name TEXT,
    phone_number TEXT,
    email TEXT,
    address TEXT,
    province_name TEXT,
    town_name TEXT,
    position TEXT
);
INSERT INTO employee VALUES
    (1, 'Amara Jengo', '+99637993287', NULL, '36 Pwani Mchangani Road', 'Sokoto', 'Ilanga', 'Field Surveyor'),
    (2, 'Bello Azibo', '+99643864786', NULL, '129 Ziwa La Kioo Road', 'Kilimani', 'Rural', 'Field Surveyor'),
    (3, 'Bakari Iniko', '+99222599041', NULL, '18 Mlima Tazama Avenue', 'Hawassa', 'Rural', 'Field Surveyor');

CREATE TABLE global_water_access (
    name TEXT,
    region TEXT,
    year INTEGER,
    pop_n REAL,
    pop_u REAL,
    wat_bas_n REAL,
    wat_lim_n REAL,
    wat_unimp_n REAL,
    wat_sur_n REAL
);
INSERT INTO global_water_access VALUES
    ('Maji Ndogo', 'Sub-Saharan Africa', 2022, 27628.0, 39.4, 71.0, 10.0, 14.0, 5.0),
    ('Example Land', 'Europe and Northern America', 2022, 5000.0, 80.0, 99.0, 0.5, 0.5, 0.0);

CREATE TABLE column_legend (
    table_name TEXT,
    column_name TEXT,
    description TEXT
);
INSERT INTO column_legend VALUES
    ('visits', 'time_in_queue', 'Minutes people queued at the source during the visit'),
    ('water_source', 'number_of_people_served', 'Estimated number of people who use the source'),
    ('well_pollution', 'biological', 'Biological contamination in CFU/mL; above 0.01 is contaminated');
