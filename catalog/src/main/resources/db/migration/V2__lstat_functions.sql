-- SQL helpers that Bareos's catalog provides for queries over File.LStat (core/src/cats/ddl/creates/postgresql.sql):
-- bareos_frombase64(text) reads one Bareos-base64 number (lib/base64.cc FromBase64: alphabet A-Z a-z 0-9 + /,
-- six bits per character, an optional leading '-', ends at a space), and decode_lstat(lstat, fields) splits an lstat
-- into its sixteen numbers (lib/attribs.cc DecodeStat order), filling only the fields asked for.

CREATE OR REPLACE FUNCTION bareos_frombase64(field text) RETURNS bigint AS $$
DECLARE
  alphabet CONSTANT text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  negative boolean := left(field, 1) = '-';
  value bigint := 0;
  c text;
BEGIN
  FOR i IN CASE WHEN negative THEN 2 ELSE 1 END .. coalesce(length(field), 0) LOOP
    c := substr(field, i, 1);
    EXIT WHEN c = ' ';
    value := (value << 6) + strpos(alphabet, c) - 1;
  END LOOP;
  RETURN CASE WHEN negative THEN -value ELSE value END;
END
$$ LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE FUNCTION decode_lstat(
    lst text,
    params text[] DEFAULT ARRAY['st_dev', 'st_ino', 'st_mode', 'st_nlink', 'st_uid', 'st_gid', 'st_rdev', 'st_size',
                                'st_blksize', 'st_blocks', 'st_atime', 'st_mtime', 'st_ctime', 'linkfi', 'st_flags',
                                'data'])
  RETURNS TABLE (st_dev bigint, st_ino bigint, st_mode bigint, st_nlink bigint, st_uid bigint, st_gid bigint,
                 st_rdev bigint, st_size bigint, st_blksize bigint, st_blocks bigint, st_atime bigint,
                 st_mtime bigint, st_ctime bigint, linkfi bigint, st_flags bigint, data bigint) AS $$
  SELECT
    CASE WHEN 'st_dev' = ANY (params) THEN bareos_frombase64(f[1]) END,
    CASE WHEN 'st_ino' = ANY (params) THEN bareos_frombase64(f[2]) END,
    CASE WHEN 'st_mode' = ANY (params) THEN bareos_frombase64(f[3]) END,
    CASE WHEN 'st_nlink' = ANY (params) THEN bareos_frombase64(f[4]) END,
    CASE WHEN 'st_uid' = ANY (params) THEN bareos_frombase64(f[5]) END,
    CASE WHEN 'st_gid' = ANY (params) THEN bareos_frombase64(f[6]) END,
    CASE WHEN 'st_rdev' = ANY (params) THEN bareos_frombase64(f[7]) END,
    CASE WHEN 'st_size' = ANY (params) THEN bareos_frombase64(f[8]) END,
    CASE WHEN 'st_blksize' = ANY (params) THEN bareos_frombase64(f[9]) END,
    CASE WHEN 'st_blocks' = ANY (params) THEN bareos_frombase64(f[10]) END,
    CASE WHEN 'st_atime' = ANY (params) THEN bareos_frombase64(f[11]) END,
    CASE WHEN 'st_mtime' = ANY (params) THEN bareos_frombase64(f[12]) END,
    CASE WHEN 'st_ctime' = ANY (params) THEN bareos_frombase64(f[13]) END,
    CASE WHEN 'linkfi' = ANY (params) THEN bareos_frombase64(f[14]) END,
    CASE WHEN 'st_flags' = ANY (params) THEN bareos_frombase64(f[15]) END,
    CASE WHEN 'data' = ANY (params) THEN bareos_frombase64(f[16]) END
  FROM string_to_array(lst, ' ') AS f
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;
