-- Search speed at national scale (200,000 products): tell the planner what pg_trgm's strict word similarity costs.
-- Its operators `<<%` and `%>>` come with the default COST 1, like `=`. Measured on the national data set,
-- strict_word_similarity over a product's `terms` takes ~20 µs a row, about ten times `vector @@ tsquery`.
-- Costed as cheap, the planner
--   - answered a common word ('kopi', a fifth of the products) by a parallel sequential scan computing `<<%` on
--     every document (~2.6 s) rather than the BitmapOr of the two GIN indexes (~0.6 s), whose recheck tests the
--     full-text arm first;
--   - answered two words ('kripik pedas') from the first word's BitmapOr only, rechecking `<<%` on its ~37,000
--     candidates (~1.4 s), rather than the BitmapAnd of both words' BitmapOrs (~0.25 s).
-- COST 100 makes both plans the planner's own choice (measured in BEGIN ... ROLLBACK on the national data set).
-- These functions belong to the extension: a re-created extension loses this setting and pg_dump does not carry it
-- (it dumps the extension, not its members), so `npm run db:restore` runs this file again (packages/db backup.ts).
ALTER FUNCTION strict_word_similarity_op(text, text) COST 100;
ALTER FUNCTION strict_word_similarity_commutator_op(text, text) COST 100;
