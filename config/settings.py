"""Scrapy settings for newsflow: every default lives here, with a one-line comment.

This is the only module that reads environment variables. Any setting can be
overridden on the command line with ``-s NAME=VALUE``.
"""

from __future__ import annotations

import os

from scrapy.settings import default_settings

BOT_NAME = "newsflow"
SPIDER_MODULES = ["scrapers.spiders"]  # where `scrapy crawl` finds spiders
NEWSPIDER_MODULE = "scrapers.spiders"  # where `scrapy genspider` writes new ones
COMMANDS_MODULE = "scrapers.commands"  # project commands: `scrapy article`, ...

# --- Identity and politeness -------------------------------------------------
PROJECT_CONTACT_URL = os.environ.get(
    "NEWSFLOW_CONTACT_URL", "https://example.org/newsflow-bot"
)  # where site owners can learn about the crawler; goes into the User-Agent
USER_AGENT = f"newsflow/0.1 (+{PROJECT_CONTACT_URL})"  # names the project and a contact URL
ROBOTSTXT_OBEY = True  # robots.txt is obeyed for every request, one-off fetches included
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"  # Protego: wildcards, Allow, Crawl-delay
CONCURRENT_REQUESTS = 32  # pages downloaded at once across all hosts
CONCURRENT_REQUESTS_PER_DOMAIN = 8  # pages downloaded at once from one host
# Items of one response processed at once. A page gives one item, a sitemap
# requests; Scrapy starts this many tasks for every response, so its default
# (100) cost the crawler 2 ms of CPU per page for nothing (bench/throughput.py).
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 0  # seconds between requests to one host (sources may set their own)
DOWNLOAD_TIMEOUT = 30  # seconds before a download is given up
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # bytes; a larger page is reported as "too large"
DOWNLOAD_WARNSIZE = 0  # no warning below the limit: a news page is either fine or too large
RETRY_TIMES = 2  # retries for timeouts, refused connections and 5xx answers
REDIRECT_MAX_TIMES = 10  # redirects followed before the URL is reported as a redirect loop
COOKIES_ENABLED = False  # news pages do not need a session; avoids consent-cookie churn
TELNETCONSOLE_ENABLED = False  # no listening port nobody asked for
FEED_EXPORT_ENCODING = "utf-8"  # JSON output keeps Arabic and other scripts readable
LOG_LEVEL = os.environ.get("NEWSFLOW_LOG_LEVEL", "INFO")  # `scrapy article` lowers it to ERROR

DOWNLOADER_MIDDLEWARES = {
    # Scrapy 2.19's robots.txt middleware lets requests through unchecked while
    # robots.txt is downloading (see scrapers/middlewares.py); ours fixes that.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapers.middlewares.RobotsTxtMiddleware": 100,
}

# --- Sources and crawls ---------------------------------------------------------
SOURCES_FILE = os.environ.get("SOURCES_FILE", "config/sources.toml")  # the [[source]] definitions
PROGRESS_INTERVAL = 10.0  # seconds between progress lines of a crawl (pages/s and counts)
SCHEDULE_CONCURRENCY = 2  # crawls `scrapy schedule` runs at once (each its own process)
SCHEDULE_STOP_TIMEOUT = 300.0  # seconds a SIGTERM waits for running crawls before ending them
# Scrapy 2.19's remote-control HTTP server is off and left out of Scrapy's own
# extensions: Scrapy imports every listed extension's module, even one set to
# None, and this one loads aiohttp (about 10 MB in every crawl). To use it, set
# REMOTE_CONTROL_ENABLED and add "scrapy.extensions.remote_control.RemoteControl" to EXTENSIONS.
EXTENSIONS_BASE = {
    path: order for path, order in default_settings.EXTENSIONS_BASE.items() if "remote_control" not in path
}
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "scrapers.extensions.Allocator": 0,  # the C allocator tuned so that freed response bodies go back to the system
    "scrapers.extensions.Progress": 500,  # periodic progress lines, live on a terminal
}
MALLOC_MMAP_THRESHOLD = 128 * 1024  # bytes (crawler, workers): larger blocks get their own mapping, freed at once
MALLOC_ARENA_MAX = 2  # malloc arenas the crawler's threads share (glibc's default: 8 per core); 0: glibc's default
MALLOC_TRIM_INTERVAL = 5.0  # seconds between returns of the crawler's free heap pages to the system; 0: never

# --- Item pipelines -------------------------------------------------------------
ITEM_PIPELINES = {
    "pipelines.rawpages.RawPagePipeline": 50,  # the page's HTML kept, compressed, for `scrapy reprocess`
    "pipelines.extract.ExtractPipeline": 100,  # page -> article record (or DropItem with a reason)
    "pipelines.boilerplate.BoilerplatePipeline": 300,  # the source's learned leftover lines removed
    "pipelines.dedup.DedupPipeline": 500,  # duplicate_of / cluster_id from the store's fingerprints
    "pipelines.store.StorePipeline": 900,  # batched upserts into MongoDB or SQLite
}

# --- Extraction ------------------------------------------------------------------
EXTRACT_MIN_TEXT_CHARS = 200  # shorter bodies are "no article text found" (index pages, stubs); CJK counts 3x
EXTRACT_FAVOR = "balanced"  # trafilatura mode: "precision", "recall" or "balanced"
EXTRACT_INCLUDE_TABLES = True  # keep tables that sit inside the article body
EXTRACT_WORKERS = os.cpu_count() or 1  # worker processes doing extraction, record and fingerprint (one per core)
EXTRACT_TIMEOUT = 30.0  # seconds one page may take in a worker; then it is dropped and the worker replaced
EXTRACT_MAX_PAGES = 200  # pages a worker serves before a fresh one replaces it (its caches freed); 0: never
# Compile the fallback date parser (dateparser's 200 locales) once in the workers' fork server: 3.5 s at the start
# of a crawl (0.9 s with EXTRACT_CACHE_DIR), instead of 4 s of CPU and ~40 MB in every worker (and after every
# recycling). `scrapy article` turns it off: one-off fetches are a few pages.
EXTRACT_WARM_DATES = True
# Where that warm-up keeps the compiled patterns for the next start (0.9 s instead of 3.5 s); empty: compiled each time.
EXTRACT_CACHE_DIR = os.environ.get("EXTRACT_CACHE_DIR", "data/cache")
EXTRACT_CLASS = "pipelines.extractor.Extractor"  # extractor class (a subclass may add steps); built once per worker
EXTRACT_BOILERPLATE_LINES = [
    # whole paragraphs (compared case-insensitively, punctuation ignored) that are never article text
    "source link",
    "fehler gefunden jetzt melden",
    "beitragsbild",  # "featured image", a caption's label
    "bewerten",
    "kommentare insgesamt",
    "letzte änderung",
    "image illustrative",
    "credit",
    "credits",
    "red",  # "red." alone: the newsroom's credit ("Redaktion", "redakcja") left as a line
    "facebook comments box",
    "facebook comments",
    "share this",
    "share this article",
    "like this",
    "related posts",
    "related articles",
    "advertisement",
    "print",
    "comments",
    "leave a reply",
    "more on this story",
    "article content",
    "story continues below advertisement",
    "skip advertisement",  # the New York Times' link past an advertisement
    "pinterest image",  # a blog's label for its image to pin
    "anzeige",
    "werbung",
    "externer inhalt nicht verfügbar",
    "ein klick für den datenschutz",
    "publicité",
    "publicidad",
    "czytaj więcej",
    "reklama",
    "реклама",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    # Lists of other stories and a slider's controls in other languages: "most read", "related", "previous next".
    "i più letti",
    "più letti",
    "i più visti",
    "più visti",
    "articoli correlati",
    "les plus lus",
    "les plus populaires",
    "articles liés",
    "lo más leído",
    "lo más visto",
    "más leídas",
    "más leídos",
    "mais lidas",
    "mais lidos",
    "mais vistas",
    "notícias relacionadas",
    "meest gelezen",
    "gerelateerde artikelen",
    "najczęściej czytane",
    "самое читаемое",
    "en çok okunanlar",
    "ilgili haberler",
    "önceki sonraki",
    "öncekisonraki",
    "previous next",
    "zurück weiter",
    "précédent suivant",
    "anterior siguiente",
    "recommended",
    "table of contents",
    "view comments",
    "no comments",
    "loading",
    "weitere themen",
    "mehr themen",
    "weitere artikel zum thema",
    "empfohlene beiträge",
    "zum weiterlesen",
    "schon gelesen",
    "meistgelesen",
    "kommentierte artikel",
    "zum newsletter anmelden",
    "newsletter abonnieren",
    "inhaltsverzeichnis",
    "bild anzeigen",
    "wird geladen",
    "teilen mit",
    "keine kommentare",
    "articles connexes",
    "notas relacionadas",
    "contenido relacionado",
    "artículos relacionados",
    "noticia relacionada",
    "empfohlener redaktioneller inhalt",  # a consent placeholder's heading
    "embed",  # an embed's placeholder
    "hauptinhalt",  # "skip to the main content", the first link of a page
    "kontakt",  # the labels of a press release's contact box
    "pressekontakt",
    "telefon",
    "weitere informationen",
    "zusatzinformationen",
    "release date",
    "lust auf mehr",
    "alle angaben ohne gewähr",
    "quellenangaben",
    "originalpublikation",
    "vorschau auf den nächsten artikel",
    "weiterführende links",
    "beiträge aus dem forum",
    "článek",  # "article", the label of a story's page
    "分享让更多人看到",  # "share it so more people see it"
    "رابط المصدر",
    "المصدر",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "شارك هذا المقال",
    "إعلان",
    # A page's controls and prompts caught at the story's end (found on pages of other test sets than ours).
    "loading comments",
    "comments are closed",
    "log in to like or comment",
    "there was a problem please refresh the page and try again",
    "explore further",
    "must read stories",
    "sponsored ads",
    "more insights",
    "view more",
    "copied",
    "link copied",
    "tell us what you think",
    "like this story share it with a friend",
    "see more photos",
    "see photos from this story",
    "get local news delivered to your inbox",
    "voir les contributions",
    "esta funcionalidad es sólo para suscriptores",
    "닫기",  # "close", a Korean dialog's button
    # Sponsored links and lists of related stories in Japanese, Chinese and Korean, and WordPress.com's ad label.
    "スポンサード リンク",
    "スポンサーリンク",
    "関連エントリ",
    "関連エントリー",
    "関連記事",
    "相关新闻",
    "相关阅读",
    "相关文章",
    "관련기사",
    "advertisements",
    # A Chinese page's controls and lists: font size, "got it", gallery, hot posts and words, related
    # recommendations, scan to follow or to open on the phone.
    "字号",
    "知道了",
    "图集",
    "热帖",
    "热词",
    "相关推荐",
    "相关热门文章",
    "微信扫一扫",
    "关注该公众号",
    "微信扫一扫 关注该公众号",
    "扫一扫在手机打开当前页",
    # ... and at its start: a skip link, a breadcrumb's label, a form's confirmation, a video player's.
    "skip to content",
    "skip to main content",
    "main content",
    "you are here",
    "order reprints",
    "verwandte themen",
    "watch queue",
    "thanks for contacting us we ve received your submission",
    "advertiser disclosure",  # a review site's link to how it is paid
    # Webflow's form messages, printed in every page that has a form
    "thank you your submission has been received",
    "oops something went wrong while submitting the form",
    "already have an account log in",
    "news flash",  # a ticker's label above the story
    "join medium for free to get updates from this writer",  # Medium's prompt under every story
    "pin for later",  # a blog's label for its image to pin
    "pin it for later",
    "pin this for later",
    # A comment section's prompts (Future's, the Independent's, Times Live's), an embed's label, an appeal.
    "you must confirm your public display name before commenting",
    "please logout and then login again you will then be prompted to enter your display name",
    "join our commenting forum",
    "join thought provoking conversations follow other independent readers and see their replies",
    "would you like to comment on this article",
    "please read our comment policy before commenting",
    "link zum youtube inhalt",
    "unabhängiger journalismus braucht deine unterstützung",
    "passer la publicité",  # Le Figaro's "skip the advertisement"
    "ähnliche artikel",
    "kommentar abgeben",
    "기사 url이 복사되었습니다",  # "the article's URL was copied"
    # El País's notice that the subscription is in use on another device (its patterns below), and its arrow's label.
    "quieres añadir otro usuario a tu suscripción",
    "si continúas leyendo en este dispositivo no se podrá leer en el otro",
    "flecha",
    # Japanese sites' controls: "save the article", "sign up", "log in", "members, here", "registration is
    # needed", "follow the category", "recommended", a bookmark's "done", "choose a free or paid plan".
    "記事保存",
    "evernote保存",
    "新規会員登録",
    "ログイン",
    "会員の方はこちら",
    "ご利用には会員登録が必要です",
    "カテゴリーをフォローする",
    "おすすめ情報",
    "完了しました",
    "メモ入力",  # a memo box's label and limit ("enter a memo", "up to 400 characters")
    "最大400文字まで",
    "無料 有料プランを選択",
]
# Body paragraphs removed wherever they stand (re.search, as a source's remove_patterns, which add to these): a
# "read also" lead-in, alone or before the other story's headline. After it, a colon or nothing: "Read more about
# the plan in ..." is text.
EXTRACT_REMOVE_PATTERNS = [
    r"(?i)^(?:read also|also read|read more|read next|see also|related|more on this|don't miss|lesen sie auch"
    r"|lesen sie mehr|mehr zum thema|auch interessant|auch lesen"
    r"|das (?:thema )?könnte (?:sie|dich|euch) auch interessieren"
    r"|lire aussi|à lire aussi"
    r"|a lire aussi|voir aussi|à voir aussi|sur le même sujet|lea también|lee también|leer más|lea más|lea además"
    r"|vea también|ver también|le puede interesar|te puede interesar|puede interesarte|puedes ver"
    r"|noticias relacionadas|leia também|leia mais|veja também|leggi anche|potrebbe interessarti|lees ook"
    r"|les også|læs også|läs också|läs även|lue myös|czytaj też|czytaj także|dowiedz się więcej"
    r"|читайте также|смотрите также"
    # Other languages' "read also", "read more", "see also": Dutch, Scandinavian, Finnish, Polish, Czech, Slovak,
    # Croatian/Serbian, Romanian, Hungarian, Turkish, Greek, Ukrainian, Indonesian, Vietnamese, Hindi, Bengali,
    # Urdu, Persian, Hebrew, Thai, Chinese.
    r"|lees meer|lees verder|les mer|læs mere|läs mer|lue lisää|zobacz też|zobacz także|czytaj więcej"
    r"|přečtěte si také|přečtěte si též|čtěte také|prečítajte si aj|čítajte aj|pročitajte i|pročitajte još"
    r"|citește și|citeste si|citește mai mult|olvassa el ezt is|olvasd el ezt is|ayrıca bakınız|ayrıca okuyun"
    r"|ilgili haber|ilgili haberler|διαβάστε (?:επίσης|ακόμη|ακόμα)|διαβαστε (?:επισης|ακομη|ακομα)"
    r"|читайте також|дивіться також"
    r"|baca juga|baca selengkapnya|lihat juga|xem thêm|đọc thêm|tin liên quan"
    # Hindi's ढ़ and Bengali's ড় typed as one character or as a letter and its dot.
    r"|(?:यह|ये) भी प(?:\u095d|\u0922\u093c)ें|और प(?:\u095d|\u0922\u093c)ें|আর(?:ও|ো) প(?:\u09dc|\u09a1\u09bc)ুন"
    r"|یہ بھی پڑھیں|مزید پڑھیں"
    r"|بیشتر بخوانید|קראו גם|קרא גם|อ่านเพิ่มเติม|อ่านต่อ|อ่านข่าวที่เกี่ยวข้อง"
    r"|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关报道|相關報導"
    r"|[اإأ]قر[أا] [أا]يض[اًا]+|اقرأ المزيد|اقرأ كذلك|شاهد [أا]يض[اًا]+|طالع [أا]يض[اًا]+|ذات صلة)(?:\s*[:：]|\W*$)",
    # The Spanish lead-ins that are also first names ("Lea", "Mira"): only before a headline, which ends with no
    # full stop; "Lea: Ich finde das gut." is an interview's answer.
    r"(?i)^(?:lea|mira|mire)\s*(?:[:：](?!.*[.!?…]\W*$).{1,200})?$",
    # A prompt to follow the site elsewhere ("Síguenos en Telegram, Instagram ...", "Folgen Sie uns auf ...").
    r"(?i)^(?:follow us|síguenos|siguenos|folgen sie uns|folge uns|folgst du (?:uns|schon)|suivez-nous|seguici|siga-nos"
    r"|تابعونا|تابعوا)"
    r"\b.{0,150}$",
    # Credit lines: a copyright notice ("© dpa-infocom", "Copyright © 2023 ..."), a short source credit ("Quelle:
    # ntv.de", "(Quelle: APA/sda/dpa)"), an agency's files ("With files from The Associated Press").
    r"(?i)^(?:©|copyright\s*(?:©|\(c\)|:|@|\d{4})).{0,200}$",  # not a paragraph of text after a photo credit
    # ... in Korean, Japanese and Chinese: "<저작권자ⓒ대전일보사. 무단전재-재배포 금지>", "Copyrights ⓒ 스포츠조선. 무단
    # 전재 및 재배포 금지", "無断転載を禁じます", "版权所有 未经授权禁止转载".
    r"(?i)^<?(?:copyrights?\s*|저작권자\s*)?[©ⓒ].{0,100}$",
    r"^(?=.{0,80}$).*(?:무단\s*전재|무단\s*복제|無断転載|無断複製|未经授权|未經授權|版权所有|版權所有)"
    r".*(?:금지|禁止|禁じます|转载|轉載)\W{0,3}$",
    # ... a short line ending in "版权所有" ("all rights reserved") or saying so in English: "All Rights
    # Reserved 新浪公司 版权所有", "Copyright © 2018 <hospital> 版权所有".
    r"^(?=.{0,80}$).*(?:版权所有|版權所有)\W{0,3}$",
    r"(?i)^(?=.{0,120}$).*\ball rights reserved\b",
    # ... and the wire services' longer notice, also after the site's own ("This material may not be published,
    # broadcast, rewritten, or redistributed.", "... the AP News report may not be published, broadcast, rewritten
    # or otherwise distributed without the prior written authority of The Associated Press.").
    r"(?i)^(?=.{0,300}$).*\bmay not be (?:published|reproduced),? broadcast,? rewritten\b",
    # A Chinese page's breadcrumb ("您所在的位置：首页 >", "当前位置：洛阳", "现在位置： 首页 >> 东区新闻 >> 正文")
    # and its footer's lines to report illegal content ("举报邮箱：jubao@…", "违法和不良信息举报电话：010-…").
    r"^(?:您(?:现在)?(?:的|所在的?)位置|当前位置|现在位置|所在位置|位置)\s*[:：].{0,60}$",
    r"^首页\s*>{1,2}$",
    r"^(?=.{0,80}$)(?:违法和不良信息)?举报(?:电话|邮箱|热线)\s*[:：]",
    r"^انتهای پیام(?:/\S{0,10})?$",  # Persian agencies' "end of message" mark
    r"(?i)^\(?(?:quelle|source|fuente|fonte|źródło|bron|kilde|källa|lähde|источник|джерело)\s*:\s*[^!?:]{1,30}\)?$",
    r"^\d{1,3}\s+/\s+\d{1,3}$",  # a gallery's counter ("1 / 22"; not a recipe's "1/4")
    r"(?i)^with files from ",
    # An agency's part in the story ("With reporting by ...", "Associated Press writer X contributed", "X contributed
    # to this report.", "Mit Agenturmaterial."), a reporter's e-mail line, an affiliate disclosure.
    r"(?i)^(?:with (?:additional )?reporting (?:by|from) |[—–-]\s*(?:the )?associated press\b.{0,150}contributed)",
    r"(?i)^.{0,120}\bcontributed to this (?:report|story)\.?$",
    r"(?i)^mit (?:agenturmaterial|material (?:von|der) .{1,30})\.?$",
    r"(?i)^\W*e-?mail\s*:\s*\S+@\S+$",
    r"(?i)^(?:we independently select|we recommend the best products"
    r"|reviews and recommendations are unbiased|this (?:post|article) (?:contains|may"
    r" contain) (?:affiliate|references)|products are (?:independently )?(?:chosen|selected) (?:independently )?by"
    r" our editors|prices (?:were|are) accurate (?:at|as of) the time)\b.{0,250}$",
    # ... in the site's own voice, on a short line: "As an Amazon Associate we earn from qualifying purchases",
    # "DISCLOSURE: If you buy through affiliate links, I may earn a small commission.", "SeniorLiving.org is
    # supported by commissions from providers listed on our site." ("Bloggers may earn a commission" is a story's.)
    r"(?i)^(?=.{0,250}$)(?=.*\b(?:we|i|us|our site)\b).*\b(?:qualifying purchases|affiliate links?|(?:earn|receive)s?"
    r" (?:a |an )?(?:small )?(?:affiliate )?commissions?|supported by commissions)\b",
    # ... a disclosure under its label, whatever its length: "Disclosure: As an Affiliate Marketer, I earn ...".
    r"(?i)^(?=.{0,500}$)\W*(?:affiliate )?disclosure\s*:.*\b(?:affiliate|qualifying purchases|commissions?)\b",
    r"(?i)^\W*advertisement\b.{0,30}story continues below$",  # Postmedia's ad label, glued to its caption
    r"(?i)^our standards: ",
    r"(?i)^this article is more than (?:\d+|one|two|three|four|five) (?:years?|months?) old$",  # the Guardian's
    # A picture's credit on a line of its own ("Foto: Michael von Lingen", "(Bild: Dieter Stork)"), a reading time
    # ("Lesedauer: 3 Minuten", "5 min read") ...
    r"(?i)^\(?(?:foto|fotos|photo|photos|bild|bilder|image(?: illustrative)?|picture|crédits? photos?|credits?"
    r"|bildquelle|bildnachweis|titelbild|beitragsbild|źródło zdjęcia(?: głównego)?"
    r"|фото|صورة)\s*:\s*[^!?:]{1,60}\)?$",
    r"(?i)^fot\.\s+[^.!?:]{1,60}$",  # Polish "Fot. Łukasz Nowaczyk / Agencja Gazeta"
    # A credit in words: "Featured image from The Standard Stitch", "Image used under license from Shutterstock",
    # "Photo Courtesy of Noble Desktop", "Top photo by Joan Bardeletti"; a name follows, capitalised.
    r"(?i)^(?:featured |header |hero |cover |top )?(?:image|photo|picture)s? (?:used under licen[sc]e from|from|by"
    r"|via|courtesy of)\s+(?-i:[A-Z])[^.!?,]{0,50}$",
    r"(?i)^share (?:this|the) (?:post|article|blog|story|page)(?: on| via)?\s*:?$",  # "Share the Blog on:"
    # A date's label left alone, its date gone ("Published:", "Last updated on:"); a link back to the list.
    r"(?i)^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert)(?: on| am)?\s*:?$",
    r"(?i)^(?:[←‹«]\s*)?back to (?:the )?(?:blog|all (?:posts|articles|news|blogs)|news|articles|posts|overview|top)$",
    # A post's categories: "Posted in News Release", "Filed under: Khawarij |".
    r"(?i)^(?:posted|filed|published) (?:in|under)\s*:?\s+[^.!?]{1,60}$",
    # (A picture's credit without a label: a photographer and an agency, "NOEL CELIS/AFP via Getty Images",
    # "Andrea Verdelli/Getty Images", a line of at most 80 characters with no sentence in it.)
    r"(?i)^(?=.{0,80}$)[^.!?:;]*?(?:\bvia getty images|/\s*(?:getty images|afp|reuters|ap|dpa|epa|picture[ -]alliance"
    r"|imago(?: images)?|shutterstock|istock(?:photo)?|keystone|anp|ansa|efe|apa)(?:\s*/\s*[^/]{1,40})?)$",
    # A video's or broadcast's details ("02:57 Min.. Verfügbar bis 06.05.2024.", "05.09.2024 | 2:03 min", "Video
    # verfügbar bis 28.02.2021", "Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr").
    r"(?i)^(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s*\|\s*)?\d{1,2}:\d{2}\s*min\b[.\s]*(?:(?:video )?verfügbar bis\s*\S+)?$",
    r"(?i)^(?:video )?verfügbar bis\b.{0,30}$",
    r"(?i)^sendung:\s.{0,100}$",
    # A newsroom's code or an agency alone as the last word ("(dmk)", "(AFP)", "mit dpa", "With AP").
    r"(?i)^\((?:[a-z]{2,5})(?:/[a-z]{2,5})?\)$",
    r"(?i)^[a-zäöü]{1,5}(?:/[a-zäöü]{1,5})*/(?:pap|dpa|afp|apa|sda|kna|epd|reuters|ap)$",  # "aja/PAP"
    r"(?i)^(?:mit|with|con|avec)\s+(?:material\s+(?:von|der)\s+)?(?:dpa|afp|reuters|ap|kna|epd|sda|apa|efe|ansa)"
    r"(?:\s*(?:,|und|and|y|et|/)\s*(?:dpa|afp|reuters|ap|kna|epd|sda|apa|efe|ansa))*\.?$",
    r"(?i)^ten tekst przeczytasz w\b.{0,40}$",
    # A breaking story's placeholder ("This is a breaking news story and will be updated", "... - more to follow").
    r"(?i)^this is a breaking (?:news )?(?:story|new story)\b.{0,80}$",
    # An author box's heading, its name alone ("Written by Cassidy Horton"; the authors are read before the text is
    # cleaned), or the label whose name the page left out.
    r"(?i)^(?:written by|geschrieben von|escrito por|écrit par|scritto da)\s*:?\s*"
    r"(?-i:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|da|del|der|di|la|le)){0,4})?$",
    r"(?i)^advertisement\s*:\s*.{1,80}$",  # a newsletter's advertisement, its heading: "Advertisement: New AI Book!"
    # An appeal that ends a story: "This story is funded by readers like you", "Did you make one of my recipes?
    # Please take a moment to leave a star rating. ...".
    r"(?i)^this (?:story|article|reporting|journalism) (?:is|was) (?:funded|made possible|supported) by"
    r" (?:readers|members|subscribers|listeners|viewers|people) like you\b.{0,100}$",
    r"(?i)^(?=.{0,500}$)did you (?:make|try|bake|cook) (?:this|these|one of (?:my|our))\b.*\b(?:rating|rate|comment"
    r"|tag)\b",
    # A rating widget's line ("Durchschnittliche Bewertung: 0,0", "Average rating: 4.5 out of 5").
    r"(?i)^(?:durchschnittliche bewertung|average rating|note moyenne)\s*:?\s*\d+(?:[.,]\d+)?"
    r"(?:\s*(?:/|von|out of|sur)\s*\d+)?\W*$",
    r"(?i)^(?:lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura)\s*:?\s*(?:ca\.\s*)?\d+\s*"
    r"(?:min\.?|minuten|minutes?)$",
    # ... with its label: a bare "120 Minuten" may be a recipe's time.
    r"(?i)^\d+\s*(?:min\.?|minuten|minutes?)\s+(?:read|lesezeit|de lecture|de lectura)$",
    # Newsletter and subscription prompts, short lines only ("Sign up for our emails", "Subscribe Now!").
    r"(?i)^(?:sign up|subscribe|get (?:the latest|daily)|for more stories like this)\b.{0,90}$",
    # A bare "Continue reading" (a blog's jump link), "Pour accéder ..." (EXTRACT_STOP_PATTERNS end the text).
    r"(?i)^(?:pour accéder|continue reading)\b.{0,150}$",
    r"(?i)^lorem ipsum dolor sit amet\b",  # a template's filler text
    r"^\$\$[A-Z_]+\$\$$",  # an advertisement's slot left unrendered: "$$ARTICLEAD$$"
    # Links to other stories: "Most read in Football", "MORE: <headline>", a Zulu "read another story here | ...".
    r"(?i)^most read in\b.{0,30}$",
    r"^MORE:\s+\S.{0,200}$",
    r"(?i)^funda olunye udaba lapha\b.{0,200}$",
    r"(?i)^click here to (?:get|download) the\b.{0,40}\bapp\W*$",  # "CLICK HERE TO GET THE FOX NEWS APP"
    r"(?i)^newsletter\s*:\s*[^.!?]{1,40}$",  # a newsletter box's heading: "Newsletter: Sport inside"
    # The newsroom asking for stories or feedback, with its address: "Got a story? Get in touch with our news team
    # by emailing us at ...", "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback ... an: briefe@...".
    r"(?i)^(?=.{0,250}$)(?=.*\b[\w.+-]+@[\w-]+\.[\w.]+)(?=.*\b(?:get in touch|story to tell|got a story"
    r"|news ?team|news ?desk|tip-?offs?|feedback|tell us what you think|ihre meinung)\b)",
    r"(?i)^tu suscripción se está usando en otro dispositivo\b.{0,150}$",
    r"(?i)^en el caso de no saber quién está usando tu cuenta\b.{0,100}$",
    r"(?i)^du musst dich einloggen\b.{0,80}$",
    # French "read also" before the other story's headline, without a colon; a short line only: Le Point's runs on
    # into the story's next paragraph.
    r"(?i)^(?:à|a) lire aussi\s+(?-i:[A-ZÀ-Ý«»\"]).{0,120}$",
    # A comment count, a page's last change, a blog post's meta line ("Kommentare insgesamt: 0", "Letzte Änderung
    # 14.02.2019", "Veröffentlichung: 04.02.2022", "January 13, 2020 at 08:45 AM | categories: Python | View
    # Comments", "Keine Kommentare / Trackbacks").
    r"(?i)^\W*(?:kommentare insgesamt|kommentare|comments?)\s*[:(]?\s*\d+\W*$",  # also "Comments (0)"
    r"(?i)^letzte änderung(?:en)?\b\s*:?\s*(?:\d{1,2}\.\d{1,2}\.\d{2,4})?\W*$",
    r"(?i)^letzte änderungen?\s*:.{0,100}$",
    r"(?i)^last modified\s*:?\s*[\d./-]{6,10}.{0,20}$",
    r"(?i)^veröffentlichung\s*:\s*\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]+)\s*\d{2,4}$",
    r"(?i)^.{0,120}\|\s*(?:view|no|\d+)\s+comments?$",
    r"(?i)^keine kommentare\b.{0,60}$",
    r"(?i)^image illustrative\s*:.{0,150}$",
    r"(?i)^mehr (?:zum thema|dazu) (?:auf|bei|unter)\s+\S+$",  # "Mehr zum Thema auf UEPO.de"
    r"(?i)^(?=.{0,200}$).*\bby email and never miss\b",  # "Get The Times of Israel's Daily Edition by email ..."
    # Headings of a list of other stories ("Weitere Beiträge aus der Kolumne:", "Mehr Artikel aus dieser Rubrik
    # gibt's hier: Wirtschaft", "Lesen Sie auch die folgenden Beiträge:", "Top-Themen bei FIT FOR FUN", "Auch auf
    # gofeminin.de"), of a newsletter's box ("PC Gamer Newsletter"), an advertisement's label ("ANZEIGE - Heute mal
    # ausgehen?"), a copyright notice inside a longer line.
    r"(?i)^(?:weitere|mehr)\s+(?:aktuelle\s+)?(?:beiträge|artikel|themen|news|nachrichten)\b[^.!?]{0,50}$",
    r"(?i)^lesen sie auch\b[^.!?]{0,40}:$",
    r"(?i)^top-?themen\b.{0,40}$",
    r"(?i)^auch auf \S+\.\w{2,3}$",
    r"^(?:\S+\s+){0,3}(?:Newsletter|NEWSLETTER)$",  # a box's heading, capitalised: "The newsletter" may be a story's
    r"(?i)^\W*(?:anzeige|werbung)\s*[-–:|]\s*.{0,100}$",
    r"(?i)^(?=.{0,500}$).*\bthis (?:article|story|content) is the copyrighted property of\b",
    # A Nordic story's date line set inside its text, under the picture ("Uppdaterad 15.59 | Publicerad 14.14",
    # "Publicerad 23 okt 2025 kl 10.23").
    r"(?i)^(?=.{0,80}$)(?:uppdaterad|publicerad|publisert|oppdatert|opdateret|udgivet|julkaistu|päivitetty)\b"
    r"[^a-zåäöæø]{0,3}\S*\d.*$",
    # Slashdot's header line: "Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept."
    r"(?i)^posted by\s+\S+\s+on\s.{0,80}\bfrom the [\w-]+ dept\.?$",
    # FOCUS's prompt to report a typo.
    r"(?i)^bitte markieren sie die entsprechenden wörter im text\b.{0,150}$",
    # Japanese: what paid members may do ("有料会員になると会員限定の有料記事もお読みいただけます。"); a short line
    # that ends with "詳しくはこちら" ("details here"), a link to an offer or a policy.
    r"^有料会員(?:になると|の方のみ).{0,100}$",
    r"^(?=.{0,200}$).*詳しくはこちら\W*$",
    # A push-notification prompt ("Would you like to receive notifications about new posts?", "... Would Like To
    # Send You Push Notifications").
    r"(?i)^(?:would you like to (?:receive|get) (?:push |browser )?notifications\b[^?]{0,60}\?"
    r"|.{0,40}\bwould like to send you (?:push )?notifications\b.{0,20})\W*$",
    # Calls to the reader after the story: to like, support, subscribe or comment ("If you enjoyed reading this
    # post ...", not "If you found a wallet ...", "Hat Ihnen der Artikel gefallen?", "Unterstützen Sie ...",
    # "Abonnez-vous", "Suscríbete ...").
    r"(?i)^(?:if you (?:enjoyed|liked|found|appreciate)"
    r" (?:this|these|our|it|what|reading|making|cooking|watching|listening)\b"
    r"|enjoyed (?:this|the (?:article|story|post)\b)|never miss|want more\b|we want to hear"
    r"|support (?:our|us|independent)|become a (?:member|subscriber|supporter)"
    r"|(?:wie )?hat ihnen (?:der|dieser|unser) (?:artikel|beitrag)|gefällt (?:dir|ihnen) unser|unterstützen sie"
    r"|jetzt (?:spenden|abonnieren|unterstützen)|abonnieren sie|abonnez-vous|soutenez|suscr[ií]bete"
    r"|hazte (?:miembro|socio)|apoya (?:nuestro|el periodismo)|zapraszamy)\b.{0,150}$",
    # Prompts to follow the site or get its app ("Follow The Gleaner on Twitter ...", "For the latest stories ...
    # download the Nationnews apps ...", "¿Ya sabías que ... tenemos canal de Telegram? ...").
    # Who to follow: "us", a handle, or a name in capitalised words; not a sentence ("Follow these steps shared on
    # Twitter to ...").
    # ... after other prompts: "Join us on our WhatsApp Channel, follow us on Instagram, and receive ...".
    r"(?i)^(?=.{0,250}$).*(?:,|\band)\s+follow us on (?:twitter|facebook|instagram|telegram|whatsapp|x|linkedin"
    r"|youtube|tiktok|threads)\b.{0,80}$",
    r"(?i)^follow (?:us|@?[\w.]+|(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){1,3})) on (?:twitter|facebook|instagram|telegram"
    r"|whatsapp|x|linkedin"
    r"|youtube|tiktok|threads)\b.{0,200}$",
    r"(?i)^for the latest (?:stories|news|updates)\b.{0,200}\bdownload\b.{0,100}$",
    r"(?i)^(?=.{0,270}$)(?=.*canal de).*\b(?:nuestro|tenemos) canal de (?:telegram|whatsapp|youtube)\b",
    # The site's own newsletter ("... Melde dich hier für unseren Newsletter an", "Mit unserem Newsletter erhalten
    # Sie ...", "... suscribirse aquí a nuestra newsletter"), a login prompt, a call to comment, an Amazon
    # affiliate plugin's footer ("... Affiliate Links / Bilder von der Amazon Product Advertising API").
    r"(?i)^(?=.{0,250}$)(?=.*newsletter).*\b(?:unseren?|unserem|our|nuestra|nuestro|notre)\s+\w*newsletter\b",
    # ... and its prompts: "Join our mailing list", "For daily wit & wisdom, sign up for the Almanac newsletter.",
    # "Get the best of Creative Boom delivered to your inbox weekly".
    r"(?i)^join our (?:[\w&'’-]+ ){0,3}(?:newsletter|mailing list)\b.{0,100}$",
    # ... its form's fields and confirmations ("First Name (optional):", "Thanks for subscribing! Look out for your
    # first newsletter in your inbox soon!", "🙌 Awesome, you're subscribed!", "The best of New York straight to
    # your inbox").
    r"(?i)^(?:first name|last name|e-?mail(?: address)?|your e-?mail(?: address)?)\s*(?:\((?:optional|required)\))?"
    r"\s*[:*]?$",
    r"(?i)^\W*(?:thanks|thank you) for (?:subscribing|signing up)(?:\s+(?:to|for)\s+(?:(?:our|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:newsletters?|list|emails?|updates)|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})))?"
    r"\s*[.!](?:\s.{0,150})?$",
    r"(?i)^\W*(?:(?:awesome|great|success)\W+)?you(?:'re|’re| are)(?: now)? (?:subscribed|signed up)\b.{0,60}$",
    r"(?i)^(?=.{0,80}$)the (?:best|latest)\b.*\b(?:straight|right|directly) to your inbox\W*$",
    r"(?i)^(?=.{0,200}$).*\bsign up for (?:the|our) (?:[\w&'’.-]+ ){0,3}newsletters?\W*$",
    r"(?i)^(?=.{0,150}$)(?:.*[?!.]\s+)?(?:get|have|receive)\b.*\bdelivered (?:straight |right |directly )?to your"
    r" inbox(?:\s+(?:weekly|daily|every \w+))?\W*$",
    r"(?i)^(?:sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|du musst eingeloggt sein"
    r"|you must be logged in)\b.{0,120}$",
    r"(?i)^(?:verraten sie (?:uns )?(?:gerne )?in den kommentaren"
    r"|schreib(?:t|en sie)? (?:es )?(?:uns )?in die kommentare|let us know in the comments"
    r"|tell us in the comments)\b.{0,200}$",
    r"(?i)^gefällt (?:dir|ihnen|euch) unser\b.{0,600}$",
    r"(?i)^if you(?:'re|’re| are) enjoying (?:this|these|our) (?:article|story|post|newsletter|journalism)\b.{0,300}$",
    r"(?i)amazon product advertising api",
    # A copyright notice, an advertisement's disclosure.
    r"(?i)^this (?:article|story|content) is the copyrighted property of\b.{0,100}$",
    r"(?i)^written permission must be obtained\b.{0,150}$",
    r"(?i)^materiał chroniony prawem autorskim\b.{0,150}$",
    r"(?i)^\W*(?:anzeige|werbung)\b\W*(?:enthält|dieser (?:beitrag|artikel|post) enthält)\b.{0,150}$",
    # An appeal for support that ends with its button's words, whatever its length ("... Sind Sie dabei? Jetzt
    # unterstützen", "... Support us"): a story's sentence never ends that way.
    r"(?i)[.?!…]\s*(?:jetzt (?:unterstützen|spenden|abonnieren|mitmachen)|support (?:us|now)|donate(?: now)?"
    r"|subscribe(?: now)?|sign up(?: here| now| today)?|je (?:soutiens|m'abonne)|hazte (?:socio|miembro)|sostienici"
    r"|wesprzyj(?: nas)?)\W*$",
    # What stands in for an embed the reader's consent settings block ("Deine Privatsphäre-Einstellungen verhindern
    # das Laden ...", "Please accept YouTube cookies to play this video"), a cookie notice, a JavaScript warning.
    # The placeholder speaks to the reader ("please", "your"), names the consent, what blocks or would allow the
    # content, and what it would show.
    r"(?i)^(?=.{0,300}$)(?=.*\b(?:please|bitte|deine?|your|veuillez|votre|vos|por favor)\b)"
    r"(?=.*\b(?:verhinder|blockier|block|prevent|aktivier|enable|accept|akzeptier|zustimm|allow|erlaub|autoris"
    r"|activ|habilit|permit))"
    r"(?=.*\b(?:privatsphäre|datenschutz|privacy|cookies?|consent|einwilligung|confidentialité|privacidad)(?:\b|-))"
    r"(?=.*\b(?:anzeigen|anzeige|laden|angezeigt|view|display|play|load|show|afficher|voir|mostrar)\b)",
    # A consent plugin's descriptions of its cookie categories ("Necessary cookies are absolutely essential for the
    # website to function properly. ...", "Any cookies that may not be particularly necessary ...").
    r"(?i)^(?:necessary|any|functional|performance|analytics?|analytical|advertisement|marketing|other"
    r"|uncategori[sz]ed) cookies (?:are|may|help|is|that|which|used)\b.{0,400}$",
    r"(?i)^(?:wir verwenden|wir nutzen|wir setzen|diese (?:web)?seite verwendet|this (?:web)?site uses|we use"
    r"|nous utilisons|ce site utilise|utilizamos|usamos|utilizziamo)\s+(?:\w+\s+){0,2}cookies\b.{0,300}$",
    r"(?i)^.{0,60}\bjavascript\b.{0,20}\b(?:deaktiviert|aktivieren|aktiviere|disabled|enable|activer|activez)\b.{0,160}$",
]
# What a paywall prints where the story stops ("Pour lire la suite ...", "To continue reading ...", "この記事は
# 会員限定です"): the first paragraph matching one (re.search) and all after it, the offer to subscribe, go. As the
# first paragraph only the line goes: what follows may be the story.
EXTRACT_STOP_PATTERNS = [
    r"(?i)^to (?:view|read) the (?:full|rest of the) (?:story|article)\b.{0,150}$",
    r"(?i)^unlock this (?:article|story)\b.{0,150}$",  # STAT's paywall: "Unlock this article — plus in-depth ..."
    r"(?i)^il vous reste \d+(?:[.,]\d+)?\s*% de cet article à lire\b.{0,100}$",  # Le Monde's
    r"(?i)^(?:pour lire la suite|to continue reading|um (?:den artikel |den beitrag )?weiterzulesen"
    r"|para (?:seguir|continuar) leyendo|per continuare a leggere)\b.{0,150}$",
    r"^(?:[［\[【][^］\]】]{1,12}[］\]】]\s*)?この記事は(?:有料)?会員限定(?:です|記事です)",  # after "［有料会員限定］"
]
DEFAULT_TIMEZONE = "UTC"  # zone for dates printed on a page without one (a source may set its own)

# --- Boilerplate learning (pipelines/boilerplate.py) ---------------------------------
BOILERPLATE_ENABLED = True  # learn each source's repeated leftover lines and remove them (needs the store)
BOILERPLATE_MIN_ARTICLES = 5  # a line is learned once this many different articles of the source contain it
BOILERPLATE_MIN_SHARE = 0.05  # ... and they are at least this share of the source's articles counted
BOILERPLATE_MAX_CHARS = 200  # longer paragraphs are never learned (leftovers are short)
BOILERPLATE_SAMPLE = 300  # stored articles of a source counted when the source is first seen in a run
BOILERPLATE_TRACKED_LINES = 20000  # candidate lines counted per source at most (memory stays flat)

# --- Deduplication -----------------------------------------------------------------
DEDUP_ENABLED = True  # link copies of a story to its original (needs the store)
DEDUP_THRESHOLD = 0.5  # estimated containment of the shorter text in the longer one (bench/dedup.py)
DEDUP_MIN_SHINGLES = 30  # texts with fewer word trigrams are matched only exactly (same content_hash)

# --- Stores ------------------------------------------------------------------------
MONGODB_URI = os.environ.get("MONGODB_URI", "")  # set -> MongoDB; empty -> embedded SQLite
MONGODB_DATABASE = "news"  # used when the URI has no database path
MONGODB_CONNECT_TIMEOUT = float(os.environ.get("MONGODB_CONNECT_TIMEOUT", "5"))  # seconds to find the server
SQLITE_PATH = os.environ.get("SQLITE_PATH", "data/news.sqlite3")  # the embedded store's file
STORE_RAW_HTML = True  # keep each article page's HTML (zstd, ~1/5 of its size) for `scrapy reprocess`
STORE_ENABLED = True  # False (or `scrapy article --no-store`) prints records without storing them
STORE_BATCH_SIZE = 100  # records per bulk upsert
STORE_FLUSH_INTERVAL = 2.0  # seconds a record may wait in the buffer before a flush
STORE_RETRY_TIMES = 3  # attempts at a failed bulk write before spilling it to disk
STORE_RETRY_DELAY = 1.0  # seconds before the first retry; doubles each time
SPILL_DIR = os.environ.get("SPILL_DIR", "data/spill")  # where unwritable batches wait for the next run

# --- Exports -----------------------------------------------------------------------
EXPORT_BATCH_SIZE = 1000  # records read from the store and written per step (`scrapy export`; bench/export.py)
