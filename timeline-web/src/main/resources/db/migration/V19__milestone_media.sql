-- A milestone's media get a kind (image, video, audio, social, map, document), alt text, an image's size in
-- pixels and its other sizes ("renditions", written as a srcset: "https://… 640w, https://… 1280w").
-- Every item saved before was shown as a picture whose alt text was its caption: it stays an image, and its
-- caption becomes its alt text, which is what readers' screen readers already announced. An item without a
-- caption keeps no alt text; the editor asks for one the next time the milestone is saved.
alter table milestone_media add column kind varchar(12) default 'IMAGE' not null;
alter table milestone_media add column alt varchar(2000);
alter table milestone_media add column width integer;
alter table milestone_media add column height integer;
alter table milestone_media add column renditions varchar(4000);
update milestone_media set alt = caption;

alter table milestone_media_AUD add column kind varchar(12);
alter table milestone_media_AUD add column alt varchar(2000);
alter table milestone_media_AUD add column width integer;
alter table milestone_media_AUD add column height integer;
alter table milestone_media_AUD add column renditions varchar(4000);
update milestone_media_AUD set kind = 'IMAGE', alt = caption where url is not null;
