"""Names that stand for a site or an organisation, not a headline: 人民网, 中新网·甘肃新闻,
临江市应急管理局, and how a person's name looks in a byline (张海燕). Readers, junk cuts, boilerplate and
titles all tell chrome by them."""

from __future__ import annotations

import re

# A site's or a channel's name: a short name ending in a word for a site or a section of one
# (人民网, 中新网江西新闻, 中国共产党新闻网, 政府信息公开专栏, 安澜日报数字报, 学习时报,
# 某某市人民政府, 百度贴吧, 中共某某市委机关报 as a paper's masthead describes it: a place's
# committee's, not a headline's 党委机关报), or two names joined by a dot
# (中新网·甘肃新闻), or a place's official account (东湖发布). Chinese sites name themselves this way in <title>, in banners and in
# the line above a headline. A name in 网 is short (人民网, 百学范文网): prose weaves longer
# nets of its own (织密社会保障网), and never 一张网, 互联网, 电网, 全网 or 安全网 (a 大全网 is a site: 资料大全网).
_SITE_WORD = (
    r"(?:网站|網站|频道|頻道|专栏|專欄|栏目|欄目|新闻|新聞|日报|日報|晚报|晚報|时报|時報|数字报|數字報|[省市县区州]委机关报|[省市縣區州]委機關報|文库|文庫|文档|文檔|"
    r"客户端|客戶端|公众号|公眾號|在线|在線|人民政府|贴吧|貼吧|资讯网|資訊網)"
)
_NAME_CHARS = r"[^\s，。：；！？“”《》—–_|｜-]"  # (not a title's separator: 标题——某某新闻网 is no name)
_SITE_NAME = re.compile(
    rf"{_NAME_CHARS}{{0,16}}{_SITE_WORD}[网網]?|{_NAME_CHARS}{{1,5}}(?:(?<![张張联聯电電天法全络絡])|(?<=大全))[网網]"
    r"|[^\s·]{2,8}[网網]\s*·\s*[^\s·]{2,8}"
    r"|[^\s\d，。：；！？“”《》]{2,4}(?:发布|發布)"  # a city's or a district's account (上海发布)
)


def is_site_name(text: str) -> bool:
    """A site's or channel's name (人民网, 中新网·甘肃新闻, 政府信息公开专栏), not a headline."""
    return bool(_SITE_NAME.fullmatch(text.strip()))


# 局 as an office's word (教育局, 市场监督管理局), not as the end of a headline's 格局, 新局, 开局, 变局, 战局….
BUREAU = r"(?<![格新大布全开破变结胜棋时困定当战])局"
# An organisation's name, as a government or party site prints it in its banner and its <title>
# (临江市应急管理局, 中共临江市委组织部, 江城市中级人民法院, 中共某某县纪律检查委员会, 县委理论学习中心组,
# 中国人民政治协商会议某某市委员会: an organ by its full name, its place after it):
# a place, the centre or a party committee of the reader's own level (县委), then an office's word. Not a headline that ends in 格局 or 新局.
_ORG_NAME = re.compile(
    r"(?:中共|中国共产党|中国人民政治协商会议|中国共产主义青年团|共青团)?(?:[\u4e00-\u9fff]{1,8}?(?<![全本各我该])(?:省|市|县|区|州|盟|旗|镇|乡|街道)"
    r"|中央|国务院|国家|中华人民共和国|(?:省|市|县|区)(?=委))"
    r"[\u4e00-\u9fff]{0,14}?(?:办公厅|办公室|委员会|常委会|人民政府|政府|党委|党组|纪委|监委|人民法院|法院|检察院|"
    r"党校|组织部|宣传部|统战部|政法委|(?:理论学习)?中心组|(?:政务|便民)?服务中心|融媒体中心|"
    rf"{BUREAU}|厅|委|署)"
)


# A business's name, as a training school or a publisher prints it on the cover of its handouts (某某遴选教育
# 研究院, 某某公考培训学校, 某某文化传媒有限公司): its trade, then its kind of body; or any company's full name.
# Not a headline about one: it opens on a verb or a question (走进青川县农业发展有限公司, 如何办好一所公考培训学校)
# or describes the body (建设高水平文化传媒集团, 办人民满意的教育培训学校)
_HEADLINE_ABOUT_A_BODY = (
    r"(?:走进|走近|探访|记|聚焦|对话|打造|建设|建好|办好|办|创建|争创|发展|做强|做大|培育|推动|加快|如何|怎样|让|为|看)"
    r"|[\u4e00-\u9fff]*?(?:的|一所|一家|一流|高水平)"
)
_BUSINESS_NAME = re.compile(
    rf"(?!{_HEADLINE_ABOUT_A_BODY})(?:"
    r"[\u4e00-\u9fff]{2,14}(?:教育|培训|公考|考试|文化|传媒|咨询|出版)"
    r"(?:研究院|研究中心|培训中心|培训学校|学校|集团|机构|(?:股份)?有限(?:责任)?公司)"
    r"|[\u4e00-\u9fff]{2,16}(?:股份)?有限(?:责任)?公司)"
)


# A school's or a party school's name, or one of its departments', or a propaganda office's team of
# speakers, as a deck's or a handout's cover sets them under the course (某某职业技术学院, 马克思主义学院,
# 公共管理教研部, 某某市委宣讲团); not a headline about one (走进马克思主义学院, 建设一流学院), nor a
# headline's half that opens on a preposition (关于组建市委宣讲团, 从职业学院 到应用型大学). (Not 学校: a
# headline names a kind of school with it, 清廉学校 智慧学校 乡村学校.)
_UNIT_NAME = re.compile(
    rf"(?!{_HEADLINE_ABOUT_A_BODY}|关于|从|到|在|致|给)[\u4e00-\u9fff]{{2,14}}"
    r"(?:大学|学院|党校|研究院|研究所|教研部|教研室|宣讲团)"
)


def is_unit_name(text: str) -> bool:
    """An organisation's name (see is_org_name), a school's or its department's, or a team of
    speakers' (see _UNIT_NAME): a unit a cover names, not a headline."""
    return is_org_name(text) or bool(_UNIT_NAME.fullmatch(text.strip()))


def is_org_name(text: str) -> bool:
    """An organisation's name alone (临江市应急管理局, 中共临江市委组织部, 某某教育研究院), not a headline."""
    return bool(_ORG_NAME.fullmatch(text.strip()) or _BUSINESS_NAME.fullmatch(text.strip()))


# The commonest Chinese family names (about nine people in ten bear one): a list of authors without
# marks, or of reporters after their role, is told from a line of short words by its names opening with one.
FAMILY_NAME = re.compile(
    r"欧阳|司马|诸葛|上官|司徒|东方|皇甫|慕容|"
    r"[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕"
    r"丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    r"覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
    r"阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    r"吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
    r"桑郎甄丛仲虞敖巩明佘池查麻苑迟邝]"
)


def is_person_name(text: str) -> bool:
    """A Chinese person's name as a byline sets it: two or three han characters, the first a common
    family name (张海燕, 刘明), not a word of the text (深入, 基层)."""
    text = text.strip()
    return 2 <= len(text) <= 3 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", text) and FAMILY_NAME.match(text))
