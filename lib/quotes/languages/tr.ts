import type { QuoteLanguage } from './language';

export const tr: QuoteLanguage = {
  code: 'tr',
  // Turkish puts the verb last, after the quotation: “…” dedi; “…” diye konuştu.
  verbs: `
    dedi diyor demişti söyledi söylüyor söylemişti belirtti belirtiyor açıkladı açıklıyor vurguladı vurguluyor
    ekledi kaydetti konuştu yazdı sordu yanıtladı uyardı savundu aktardı hatırlattı anlattı bildirdi duyurdu
    diye diyen
    ifadelerini ifadesini ifadelerine ifadesine ifadeleriyle açıklamasında açıklamasını açıklamasıyla
    değerlendirmesinde değerlendirmesini değerlendirmesiyle yanıtını yanıtıyla cevabını cevabıyla sözlerini
    sözleriyle mesajını mesajında tepkisini çağrısında uyarısında`,
  // "“…” diyen Güler": the participle of "say" comes before its speaker.
  speakerFollows: 'diyen',
  phrases: ['göre', 'iddia etti', 'ifade etti', 'dile getirdi'],
  pronouns: { o: 0, onlar: 0, biz: 0, ben: 0 },
  titles: `
    cumhurbaşkanı başbakan bakan bakanı bakanlığı belediye başkanı başkan başkanı genel sözcü sözcüsü
    milletvekili vali valisi büyükelçi büyükelçisi müdür müdürü direktör direktörü teknik patron yönetim
    kurulu üyesi sekreter sekreteri profesör prof doç dr yardımcısı yardımcı lider lideri kurucu kurucusu
    hakim savcı avukat antrenör kaptan general orgeneral koramiral amiral dışişleri içişleri maliye hazine
    adalet savunma sağlık eğitim çalışma ekonomi bey hanım sayın cumhuriyet halk partisi chp akp mhp
    ak parti`,
  stops: `ve ile ama fakat ancak çünkü ki de da için gibi kadar sonra önce göre karşı bu şu o`,
  determiners: 'bu şu o bir',
  adverbials: 'ayrıca da de dün bugün yine ise',
  links: '',
  notNames: `ve ile ama fakat ancak bu şu o bir da de ise ayrıca dün bugün göre için pazartesi salı çarşamba
    perşembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık`,
  institutions: 'meclis tbmm hükümet bakanlığı partisi mahkeme türkiye ankara',
  // Turkish writes case suffixes after an apostrophe on names: Erdoğan'ın, Özel'e.
  caseEndings: "'ın 'in 'un 'ün 'nın 'nin 'nun 'nün 'a 'e 'ya 'ye 'ı 'i 'u 'ü 'yı 'yi 'da 'de 'ta 'te 'dan 'den 'tan 'ten ’ın ’in ’un ’ün ’a ’e ’ya ’ye ’ı ’i ’da ’de ’dan ’den",
  verbFinal: true,
};
