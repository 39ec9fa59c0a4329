-- Which sites may frame a timeline's embed widget: space-separated CSP source expressions
-- ("https://news.example.org https://*.example.com"); null lets any site embed it.
alter table timeline add column embed_origins varchar(2000);
