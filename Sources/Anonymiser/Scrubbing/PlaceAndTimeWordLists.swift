// Words for addresses beyond English street names, dates in other languages
// and times told in words. Written for this project; lower case, diacritics
// written plainly ("lon" for "Lôn"), as the scrubber reads words.

extension WordLists {
  /// Words that open a street's name in Welsh, Gaelic, Irish and the languages
  /// of Europe: "Heol y Coed", "Rathad a' Chladaich", "Rua das Flores".
  static let streetPrefixes = """
    heol stryd ffordd lon maes cae rhodfa teras cilgant sgwar rhes llwybr clos allt bro dol pant rhiw
    tyle gerddi cwrt parc stret fordh bownder
    sraid rathad ceum bothar ascaill ceann lana
    calle avenida paseo plaza camino carrer rua travessa largo praca estrada
    via viale piazza corso vicolo rue boulevard chemin allee impasse quai
    strasse weg platz straat laan gracht ulica ul aleja
    """

  /// The last word of a building's or a house's name: "Rose Cottage",
  /// "Beech Court", "Shakespeare Tower", "Lower Farm".
  static let buildingSuffixes = """
    cottage cottages house court tower towers lodge farm farmhouse barn hall manor villa mansions
    buildings estate hostel bungalow rectory vicarage grange mill croft chalet apartments flats block
    mews hotel inn homes barns granary manse bothy steading schoolhouse smithy forge
    """

  /// Words that introduce an address, so that a building's or a street's name
  /// near them reads as part of one: "lives at Rose Cottage", "send to The Old
  /// Rectory", "lives off Marsden Road".
  static let addressCues = """
    lives living live address addr moved moving resides residing deliver send sent post letters off staying
    """

  /// Words that open a Welsh, Gaelic or Irish house name: "Bryn Awel",
  /// "Ty Gwyn", "Taigh na Mara", "Tan y Bryn".
  static let houseNameStarts = """
    bryn ty taigh tigh maes cnoc bron llys plas hafod cartref tyddyn pen tan glan nant cae chy
    """

  /// Months in the languages callers and their letters use; a date only with
  /// a day beside them ("3 martie 1978", "19 luglio 1977", "8 mai 1951").
  static let foreignMonths = """
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro marco maio junho julho setembro outubro dezembro
    ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
    januar februar marz juni juli oktober dezember januari februari maart mei augustus
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia
    ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik
    ionawr chwefror mawrth ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr
    """

  /// Months of other calendars, as callers' letters and forms romanise them:
  /// Hijri, Persian, Hebrew, Nepali and Bengali, and Ethiopian. A date only
  /// with a day beside them ("3 Rajab 1400", "14 Farvardin 1360", "12 Tishrei 5730").
  static let otherCalendarMonths = """
    muharram safar rabi jumada rajab shaban ramadan ramazan shawwal dhul dhu
    farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand
    tishrei tishri cheshvan heshvan marcheshvan kislev tevet shevat adar iyar sivan tammuz elul
    baisakh baishakh boishakh jestha jeth ashadh asar shrawan shravan bhadra asoj ashwin kartik mangsir
    agrahayan poush paush magh falgun phalgun chaitra
    meskerem tikimt tekemt hidar tahsas yekatit megabit miyazya ginbot sene hamle nehase pagume
    """

  /// The months of the Persian (Solar Hijri) and Islamic (Hijri) calendars in
  /// their own scripts; a date only with a day beside them ("۱۲ آبان ۱۳۲۹").
  static let otherScriptMonths = """
    فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
    محرم صفر ربیع ربيع جمادی جمادى رجب شعبان رمضان شوال ذوالقعده ذوالقعدة ذوالحجه ذوالحجة
    """

  /// The short forms of months in those languages, beyond English's; a date
  /// only with a day before them and a year after ("8 Chwef 1969", "3 ott 2001").
  static let foreignMonthShortForms = """
    janv fevr avr juil ene abr ago dic gen mag giu lug set ott fev out dez okt mrt
    ion chwef maw ebr meh gorff hyd tach rhag sty lut kwi cze lip sie wrz paz lis gru
    ian iun iul noi oca sub nis haz tem agu eyl eki kas ara
    """

  /// Words after which "10.40" is a time of day.
  static let timeCues = """
    rang rung called phoned ringing calling appt appointment booked slot arrived arriving arrive
    ring call seen spoke texted emailed voicemail vm tomorrow today tonight morning afternoon evening clinic
    joined joining callback cb returned
    """

  /// Words of a time told in words.
  static let clockWords = """
    noon midday midnight half quarter twenty twenty-five one two three four five six seven eight
    nine ten eleven twelve o'clock
    """
}
