"""Test articles written for the store and dedup tests (original texts, fictional events)."""

# A story, a syndicated copy of it (new dateline, new credit line, a syndication note, two words changed)
# and another outlet's own report of the same happening. All three are written for these tests.
STORY = """JAKARTA, KOMPAS.com - Kementerian Luar Negeri memanggil Duta Besar Malaysia untuk Indonesia, Senin (9/2/2026), menyusul penangkapan 14 nelayan asal Sumatera Utara oleh aparat Malaysia di perairan Selat Malaka.
Juru bicara Kementerian Luar Negeri, Rolliansyah Soemirat, mengatakan pemerintah meminta akses kekonsuleran segera bagi para nelayan yang kini ditahan di Pulau Pinang.
"Kami meminta agar hak-hak para nelayan dihormati dan mereka diperlakukan secara manusiawi selama proses hukum berjalan," kata Rolliansyah di Jakarta.
Menurut data Kementerian Kelautan dan Perikanan, sepanjang tahun lalu sedikitnya 86 nelayan Indonesia ditangkap di perairan perbatasan karena dituduh melanggar batas wilayah.
Kedutaan Besar RI di Kuala Lumpur telah mengirim tim pendamping hukum ke Pulau Pinang untuk menemui para nelayan dan keluarga mereka.
Pemerintah Malaysia belum memberikan tanggapan resmi atas pemanggilan tersebut hingga Senin sore. (ant)
Editor: Siti Rahma
"""  # noqa: E501

SYNDICATED_COPY = """TRIBUNNEWS.COM, JAKARTA - Kementerian Luar Negeri memanggil Duta Besar Malaysia untuk Indonesia pada Senin (9/2/2026), menyusul penangkapan 14 nelayan asal Sumatera Utara oleh aparat Malaysia di perairan Selat Malaka.
Juru bicara Kementerian Luar Negeri, Rolliansyah Soemirat, mengatakan pemerintah meminta akses kekonsuleran segera bagi para nelayan yang saat ini ditahan di Pulau Pinang.
"Kami meminta agar hak-hak para nelayan dihormati dan mereka diperlakukan secara manusiawi selama proses hukum berjalan," kata Rolliansyah di Jakarta.
Menurut data Kementerian Kelautan dan Perikanan, sepanjang tahun lalu sedikitnya 86 nelayan Indonesia ditangkap di perairan perbatasan karena dituduh melanggar batas wilayah.
Kedutaan Besar RI di Kuala Lumpur telah mengirim tim pendamping hukum ke Pulau Pinang untuk menemui para nelayan dan keluarga mereka.
Pemerintah Malaysia belum memberikan tanggapan resmi atas pemanggilan tersebut hingga Senin sore.
Artikel ini telah tayang di Kompas.com dengan judul "Kemlu Panggil Dubes Malaysia soal Penangkapan 14 Nelayan"
Penulis: Dimas Prasetyo | Editor: Wulan Sari
"""  # noqa: E501

OWN_REPORT = """Jakarta - Pemerintah Indonesia memprotes Malaysia atas ditangkapnya 14 nelayan asal Sumatera Utara di Selat Malaka. Kementerian Luar Negeri memanggil Duta Besar Malaysia ke Pejambon pada Senin (9/2/2026).
Para nelayan itu ditangkap saat mencari ikan di sekitar perbatasan kedua negara pekan lalu. Mereka kini berada di tahanan imigrasi Pulau Pinang.
Keluarga para nelayan di Belawan berharap pemerintah bergerak cepat. "Anak saya hanya mencari nafkah," ujar Rosmawati, ibu salah seorang nelayan.
Direktur Perlindungan WNI Judha Nugraha menyebut pemerintah akan menyiapkan pengacara bagi ke-14 nelayan tersebut.
"""  # noqa: E501
