-- What a media item's provider said about it through oEmbed when an editor saved it: its title, the
-- provider's name, a thumbnail with its size, and the player's address read out of the provider's markup
-- (the markup itself is never kept). All empty for items saved before, and for addresses no provider serves.
alter table milestone_media add column card_title varchar(500);
alter table milestone_media add column card_provider varchar(200);
alter table milestone_media add column card_thumbnail varchar(2000);
alter table milestone_media add column card_thumbnail_width integer;
alter table milestone_media add column card_thumbnail_height integer;
alter table milestone_media add column card_player varchar(2000);

alter table milestone_media_AUD add column card_title varchar(500);
alter table milestone_media_AUD add column card_provider varchar(200);
alter table milestone_media_AUD add column card_thumbnail varchar(2000);
alter table milestone_media_AUD add column card_thumbnail_width integer;
alter table milestone_media_AUD add column card_thumbnail_height integer;
alter table milestone_media_AUD add column card_player varchar(2000);
