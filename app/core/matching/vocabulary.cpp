// SPDX-License-Identifier: MIT
#include "vocabulary.h"

#include <unordered_map>

namespace {

using namespace std::string_view_literals;
using Word = Vocabulary::Word;

// FNV-1a: words are short, and std::hash's general-purpose hash costs more than the lookup.
struct WordHash {
    size_t operator()(std::string_view text) const noexcept
    {
        size_t hash = 14695981039346656037ULL;
        for (const char c : text)
            hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        return hash;
    }
};

using Dictionary = std::unordered_map<std::string_view, Word, WordHash>;

Word platform(const char *name, unsigned flags = 0)
{
    Word word;
    word.platform = name;
    word.flags = flags;
    return word;
}

Word kind(const char *name, unsigned flags = 0)
{
    Word word;
    word.kind = name;
    word.flags = flags;
    return word;
}

Word audience(const char *code, unsigned flags = 0)
{
    Word word;
    word.audience = code;
    word.flags = flags;
    return word;
}

Word quality(const char *name)
{
    Word word;
    word.quality = name;
    return word;
}

Word flag(unsigned flags)
{
    Word word;
    word.flags = flags;
    return word;
}

Word unit(int minutes, int days)
{
    Word word;
    word.unitMinutes = minutes;
    word.unitDays = days;
    return word;
}

// Words of one token, and of two tokens in a row (keyed "first second").
const Dictionary &words()
{
    static const Dictionary dictionary = [] {
        Dictionary d;
        for (auto name : {"instagram"sv, "insta"sv, "ig"sv, "igtv"sv, "instagam"sv, "instgram"sv})
            d[name] = platform("instagram");
        for (auto name : {"tiktok"sv, "tt"sv, "tiktoc"sv, "tik tok"sv})
            d[name] = platform("tiktok");
        d["tk"] = platform("tiktok", Word::Bracketed);
        for (auto name : {"youtube"sv, "yt"sv, "youtub"sv, "ytb"sv, "you tube"sv})
            d[name] = platform("youtube");
        for (auto name : {"facebook"sv, "fb"sv, "fesbuk"sv})
            d[name] = platform("facebook");
        for (auto name : {"telegram"sv, "tg"sv, "tele"sv})
            d[name] = platform("telegram");
        d["te"] = platform("telegram", Word::Bracketed);
        for (auto name : {"twitter"sv, "tweet"sv, "tweets"sv})
            d[name] = platform("twitter");
        d["tw"] = platform("twitter", Word::Bracketed);
        d["x"] = platform("twitter", Word::Bracketed);
        d["spotify"] = platform("spotify");
        d["sy"] = platform("spotify", Word::Bracketed);
        d["shopee"] = platform("shopee");
        d["threads"] = platform("threads");
        for (auto name : {"whatsapp"sv, "wa"sv})
            d[name] = platform("whatsapp");
        d["wt"] = platform("whatsapp", Word::Bracketed);
        d["twitch"] = platform("twitch");
        d["discord"] = platform("discord");
        d["soundcloud"] = platform("soundcloud");
        d["linkedin"] = platform("linkedin");
        d["pinterest"] = platform("pinterest");
        d["snapchat"] = platform("snapchat");
        d["tokopedia"] = platform("tokopedia");

        for (auto name : {"followers"sv, "follower"sv, "follow"sv, "follows"sv, "folowers"sv,
                          "pengikut"sv, "followes"sv, "flw"sv, "seguidores"sv})
            d[name] = kind("followers");
        for (auto name : {"subscribers"sv, "subscriber"sv, "subscribe"sv, "subs"sv, "subscribes"sv,
                          "pelanggan"sv, "subcribers"sv, "inscritos"sv, "suscriptores"sv})
            d[name] = kind("subscribers");
        for (auto name : {"likes"sv, "like"sv, "suka"sv, "love"sv, "loves"sv, "hearts"sv,
                          "likers"sv, "menyukai"sv, "curtidas"sv})
            d[name] = kind("likes");
        for (auto name :
             {"views"sv, "view"sv, "tayangan"sv, "penonton"sv, "viewers"sv, "viewer"sv,
              "ditonton"sv, "penayangan"sv, "tontonan"sv, "visualizacoes"sv, "reproducciones"sv})
            d[name] = kind("views");
        for (auto name :
             {"comments"sv, "comment"sv, "komentar"sv, "komen"sv, "koment"sv, "comentarios"sv})
            d[name] = kind("comments", Word::Comment);
        for (auto name : {"shares"sv, "share"sv, "bagikan"sv, "reposts"sv, "repost"sv})
            d[name] = kind("shares");
        for (auto name : {"members"sv, "member"sv, "anggota"sv})
            d[name] = kind("members");
        for (auto name : {"saves"sv, "save"sv, "simpan"sv, "bookmarks"sv, "favourites"sv,
                          "favorites"sv, "favourite"sv, "favorite"sv, "favorit"sv})
            d[name] = kind("saves");
        for (auto name : {"reactions"sv, "reaction"sv, "reaksi"sv})
            d[name] = kind("reactions");
        for (auto name : {"impressions"sv, "impression"sv, "impresi"sv})
            d[name] = kind("impressions");
        for (auto name : {"plays"sv, "play"sv, "streams"sv, "putar"sv})
            d[name] = kind("plays");
        d["listeners"] = kind("listeners");
        d["watchtime"] = kind("watch-hours");
        for (auto name : {"retweets"sv, "retweet"sv, "retweets"sv})
            d[name] = kind("retweets");
        for (auto name : {"dislikes"sv, "dislike"sv})
            d[name] = kind("dislikes");
        for (auto name : {"votes"sv, "vote"sv, "poll"sv, "upvotes"sv})
            d[name] = kind("votes");
        d["visits"] = kind("visits");
        d["reach"] = kind("impressions");
        d["friends"] = kind("friends");
        d["watch time"] = kind("watch-hours");
        d["watch hours"] = kind("watch-hours");
        d["jam tayang"] = kind("watch-hours");
        d["profile visits"] = kind("visits");
        d["monthly listeners"] = kind("listeners");

        for (auto name :
             {"indonesia"sv, "indonesian"sv, "indo"sv, "idn"sv, "ina"sv, "flagid"sv, "lokal"sv})
            d[name] = audience("ID");
        d["id"] = audience("ID", Word::Bracketed);
        for (auto name : {"worldwide"sv, "ww"sv, "global"sv, "international"sv, "internasional"sv,
                          "world"sv, "luar"sv, "bule"sv, "asing"sv})
            d[name] = audience("WW");
        d["luar negeri"] = audience("WW");
        d["world wide"] = audience("WW");
        for (auto name : {"usa"sv, "american"sv, "america"sv, "flagus"sv})
            d[name] = audience("US");
        d["us"] = audience("US", Word::Bracketed);
        d["united states"] = audience("US");
        for (auto name :
             {"brazil"sv, "brasil"sv, "brazilian"sv, "brasileiros"sv, "brasileiro"sv, "flagbr"sv})
            d[name] = audience("BR");
        d["br"] = audience("BR", Word::Bracketed);
        for (auto name : {"india"sv, "indian"sv, "flagin"sv})
            d[name] = audience("IN");
        for (auto name : {"turkey"sv, "turkish"sv, "turkiye"sv, "flagtr"sv})
            d[name] = audience("TR");
        d["tr"] = audience("TR", Word::Bracketed);
        for (auto name : {"russia"sv, "russian"sv, "flagru"sv})
            d[name] = audience("RU");
        for (auto name : {"arab"sv, "arabic"sv, "saudi"sv, "flagsa"sv})
            d[name] = audience("SA");
        for (auto name : {"korea"sv, "korean"sv, "flagkr"sv})
            d[name] = audience("KR");
        for (auto name : {"japan"sv, "japanese"sv, "flagjp"sv})
            d[name] = audience("JP");
        for (auto name : {"vietnam"sv, "vietnamese"sv, "flagvn"sv})
            d[name] = audience("VN");
        for (auto name : {"thailand"sv, "thai"sv, "flagth"sv})
            d[name] = audience("TH");
        for (auto name : {"malaysia"sv, "malaysian"sv, "flagmy"sv})
            d[name] = audience("MY");
        for (auto name : {"philippines"sv, "filipino"sv, "pinoy"sv, "flagph"sv})
            d[name] = audience("PH");
        for (auto name : {"germany"sv, "german"sv, "flagde"sv})
            d[name] = audience("DE");
        for (auto name : {"france"sv, "french"sv, "flagfr"sv})
            d[name] = audience("FR");
        for (auto name : {"uk"sv, "british"sv, "england"sv, "flaggb"sv})
            d[name] = audience("GB");
        for (auto name : {"spain"sv, "spanish"sv, "flages"sv})
            d[name] = audience("ES");
        for (auto name : {"italy"sv, "italian"sv, "flagit"sv})
            d[name] = audience("IT");
        for (auto name : {"mexico"sv, "mexican"sv, "flagmx"sv})
            d[name] = audience("MX");
        for (auto name : {"pakistan"sv, "flagpk"sv})
            d[name] = audience("PK");
        for (auto name : {"egypt"sv, "flageg"sv})
            d[name] = audience("EG");
        for (auto name : {"nigeria"sv, "flagng"sv})
            d[name] = audience("NG");
        for (auto name : {"iran"sv, "persian"sv, "flagir"sv})
            d[name] = audience("IR");
        for (auto name : {"bangladesh"sv, "flagbd"sv})
            d[name] = audience("BD");

        for (auto name : {"real"sv, "asli"sv, "realistic"sv})
            d[name] = quality("real");
        for (auto name : {"hq"sv, "highquality"sv, "berkualitas"sv})
            d[name] = quality("hq");
        d["high quality"] = quality("hq");
        for (auto name : {"lq"sv, "lowquality"sv})
            d[name] = quality("lq");
        d["low quality"] = quality("lq");
        for (auto name : {"bot"sv, "bots"sv, "fake"sv})
            d[name] = quality("bot");
        for (auto name : {"mixed"sv, "mix"sv, "campuran"sv})
            d[name] = quality("mixed");
        for (auto name : {"active"sv, "aktif"sv})
            d[name] = quality("active");
        d["organic"] = quality("organic");
        d["premium"] = quality("premium");
        for (auto name : {"nondrop"sv, "nodrop"sv})
            d[name] = quality("non-drop");
        d["non drop"] = quality("non-drop");
        d["no drop"] = quality("non-drop");
        d["low drop"] = quality("low-drop");
        for (auto name : {"fast"sv, "cepat"sv, "kilat"sv})
            d[name] = quality("fast");
        for (auto name : {"slow"sv, "lambat"sv})
            d[name] = quality("slow");
        for (auto name : {"cheap"sv, "murah"sv, "termurah"sv, "cheapest"sv})
            d[name] = quality("cheap");

        for (auto name : {"refill"sv, "refil"sv, "reffil"sv, "garansi"sv, "guarantee"sv,
                          "guaranteed"sv, "warranty"sv, "autorefill"sv, "rf"sv, "bergaransi"sv})
            d[name] = flag(Word::RefillWord);
        for (auto name : {"no"sv, "non"sv, "tanpa"sv, "without"sv, "tidak"sv, "not"sv, "ga"sv,
                          "gak"sv, "none"sv})
            d[name] = flag(Word::Negation);
        for (auto name : {"nonrefill"sv, "norefill"sv, "nonrefil"sv, "norefil"sv, "nongaransi"sv,
                          "nogaransi"sv, "nr"sv})
            d[name] = flag(Word::NoRefill);
        for (auto name :
             {"lifetime"sv, "permanen"sv, "permanent"sv, "selamanya"sv, "forever"sv, "seumur"sv})
            d[name] = flag(Word::Lifetime);
        d["life time"] = flag(Word::Lifetime);
        d["isi ulang"] = flag(Word::RefillWord);
        d["tidak ada"] = flag(Word::Negation);
        d["seumur hidup"] = flag(Word::Lifetime);
        for (auto name : {"start"sv, "mulai"sv, "starts"sv, "starting"sv})
            d[name] = flag(Word::Start);
        for (auto name : {"instant"sv, "instan"sv, "langsung"sv, "instantly"sv})
            d[name] = flag(Word::Instant);
        for (auto name : {"speed"sv, "kecepatan"sv, "spd"sv})
            d[name] = flag(Word::Speed);
        d["per"] = flag(Word::Per);
        for (auto name : {"live"sv, "livestream"sv, "streaming"sv, "stream"sv, "siaran"sv})
            d[name] = flag(Word::Live);
        for (auto name : {"story"sv, "stories"sv, "storys"sv, "cerita"sv})
            d[name] = flag(Word::Story);
        for (auto name : {"page"sv, "fanpage"sv, "fanspage"sv, "halaman"sv})
            d[name] = flag(Word::Page);
        for (auto name : {"max"sv, "maks"sv, "maximum"sv, "maksimal"sv})
            d[name] = flag(Word::Max);
        for (auto name : {"minimum"sv, "minimal"sv})
            d[name] = flag(Word::Min);
        d["min"] = unit(1, 0);
        d["min"].flags = Word::Min;
        d["m"] = unit(1, 0);
        for (auto name : {"k"sv, "rb"sv, "ribu"sv})
            d[name] = flag(Word::Thousand);
        for (auto name : {"jt"sv, "juta"sv})
            d[name] = flag(Word::Million);

        for (auto name : {"minute"sv, "minutes"sv, "menit"sv, "mins"sv})
            d[name] = unit(1, 0);
        for (auto name : {"hour"sv, "hours"sv, "hr"sv, "hrs"sv, "h"sv, "jam"sv})
            d[name] = unit(60, 0);
        for (auto name : {"day"sv, "days"sv, "hari"sv, "d"sv})
            d[name] = unit(24 * 60, 1);
        for (auto name : {"week"sv, "weeks"sv, "minggu"sv})
            d[name] = unit(7 * 24 * 60, 7);
        for (auto name : {"month"sv, "months"sv, "bulan"sv})
            d[name] = unit(30 * 24 * 60, 30);
        for (auto name : {"year"sv, "years"sv, "tahun"sv})
            d[name] = unit(365 * 24 * 60, 365);
        for (auto &[text, word] : d) {
            word.platformText = QLatin1StringView(word.platform);
            word.kindText = QLatin1StringView(word.kind);
            word.audienceText = QLatin1StringView(word.audience);
            word.qualityText = QLatin1StringView(word.quality);
        }
        return d;
    }();
    return dictionary;
}

} // namespace

const Vocabulary::Word *Vocabulary::lookup(std::string_view text)
{
    const Dictionary &d = words();
    const auto found = d.find(text);
    return found == d.end() ? nullptr : &found->second;
}
