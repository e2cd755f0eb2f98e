-- New complaints per category and minute. A spike check reads a few hundred of these rows instead of counting
-- every decision in the baseline period, which at a thousand complaints a second would be millions.
create table category_volume (
    category   varchar(20) not null,
    minute     timestamptz not null,
    complaints bigint      not null,
    primary key (category, minute)
);

insert into category_volume (category, minute, complaints)
select category, date_trunc('minute', triaged_at), count(*)
from triage
where category is not null and priority <> 'P4'
group by 1, 2;
