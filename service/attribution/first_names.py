"""Common first names by the pronoun news copy uses for their bearers.

Why: "he" and "she" after two people have spoken go to the last speaker unless something says
otherwise, and the commonest error in pronoun resolution is a pronoun jumping to the wrong sex.
A first name is the cheapest evidence an article gives. Only names that are overwhelmingly one
or the other are listed; an unknown or ambiguous name constrains nothing.
"""

from __future__ import annotations

from service.attribution.lexicon import wordset

FEMALE = wordset("""
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty
Sandra Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca
Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna Anne Ann Brenda Pamela Nicole Emma Samantha
Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce
Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Hanna Martha
Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy
Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Sophie Marie Diana Brittany Natalie Isabella
Charlotte Rose Alexis Kayla Claire Clara Eva Ella Lena Lina Elena Ana Ines Inés Carmen Lucia Lucía
Sofia Sofía Isabel Paula Paola Giulia Francesca Chiara Federica Valentina Alessandra Silvia Marta
Beatriz Catarina Mariana Fernanda Gabriela Camila Daniela Adriana Patricia Rosa Pilar Lourdes Marisol
Ingrid Astrid Greta Maja Sigrid Karin Katrin Katarina Katharina Ursula Sabine Petra Monika Heike
Birgit Annika Anja Ulrike Gisela Helga Hilde Liesel Johanna Agnes Irene Nadia Natalia Natasha Olga
Tatiana Svetlana Irina Yulia Ekaterina Anastasia Oksana Marina Ludmila Galina Agnieszka Magdalena
Zofia Ewa Katarzyna Malgorzata Dorota Jana Lucie Veronika Ilse Aino Sari Riitta Leena Tuula Marjatta
Amina Aisha Fatima Fatma Zainab Mariam Maryam Layla Leila Yasmin Yasmine Noor Nour Salma Hoda Huda
Amara Ngozi Chiamaka Adaeze Folake Wanjiru Achieng Nomvula Thandiwe Zanele Abena Akosua Efua
Priya Anjali Sunita Lakshmi Deepa Kavita Pooja Neha Aarti Shreya Divya Meera Sita Rani Aditi
Farah Ayesha Sana Hina Nadia Zara Mei Ling Yuki Keiko Haruka Akiko Yoko Naoko Hye Ji-won
Ellen Eleanor Eileen Kate Katie Jane Joanna Jo Lucy Molly Nora Norah Ruby Rosie Freya Isla Holly
Harriet Imogen Philippa Penelope Bridget Siobhan Niamh Aoife Orla Ciara Maeve Mairead Caitlin Fiona
Moira Morag Gwen Bethan Rhian Carys Joan Joanne Louise Lousia Tamara Vera Valerie Yvonne Veronica
Ruth Miriam Esther Leah Naomi Tova Shira Noa Tamar Yael Odile Colette Juliette Camille Amelie Amélie
June April Dawn Hope Faith Joy Mia Lea Leonie Marit Silje Ingeborg Tove Selma Jonna Elin Elsa
Linnea Frida Hedda Alma Wilma
Joanna Renata Helena Ewelina Kinga Iwona Beata Ilona Zsofia Zsófia Eszter Krisztina Andreea Ioana
Sylvie Nathalie Isabelle Françoise Francoise Brigitte Céline Celine Margot Manon Chloe Chloé
Ellie Elle Millie Poppy Zoe Zoë Georgia Phoebe Ava Lily Amelia Bethany Abbie Kirsty Gemma Hayley
Leanne Tracey Stacey Kylie Sinead Roisin Eilidh Hélène Helene Elodie Margaux Ségolène
Valérie
Anita Alison Allison Beth Caroline Cathy Catriona Colleen Courtney Elaine Erin Gillian Janine Jenna
Jillian Jocelyn Josephine Kathy Lindsay Lorraine Lydia Mandy Marion Maureen Melanie Miranda Nina
Paige Polly Rachael Rhiannon Rita Roberta Rosemary Roxanne Sally Sheila Stella Tanya Tara Tina Tracy
Vanessa Wendy Maisie Eimear Bronwyn Sian Ffion Ailsa Beatrice Clare Elspeth Aaliyah Keisha Latoya
Tamika Shanice Ebony Jasmine Brigid Deirdre Sakura Hana Ji-woo Min-ji Soo-jin Funmi Yetunde Chioma
Nkechi Amaka Bisi Folasade Ifeoma Wanjiku Nyambura Akua Ama Adwoa Esi Abla
Meenakshi Rekha Anita Geeta Nirmala Savita Usha Smita Shalini Swati Sunaina Kamala Josefina Rosario
Maricel Marites Corazon Imelda Remedios Lorna Funmilayo Bukola Titilayo Adaora Halima Hadiza Olena
Oleksandra Halyna Tetiana Iryna Milagros Guadalupe Consuelo
Rehana Farhana Shahnaz Nasrin Taslima Rokeya Shamima Nusrat Rumana Sharmin Tahmina Fahmida Rabeya
Rashida Hasina Shirin Parveen Nazma Salma Jahanara Shabnam Mehreen Saima Bushra Rukhsana Samina
""")

_FEMALE_LISTED = FEMALE

MALE = wordset("""
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose José Adam Nathan Henry
Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean
Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan
Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Tom Tim Jim Bob
Bill Mike Dave Steve Ed Ted Hugh Colin Colm Liam Conor Connor Ciaran Seamus Declan Eamon Niall Padraig
Oliver Harry Charlie Alfie Archie Freddie Rory Angus Hamish Ewan Callum Gareth Rhys Dafydd Owain
Marco Marcus Mario Luigi Giuseppe Giovanni Francesco Alessandro Andrea Stefano Luca Matteo Lorenzo
Carlos Luis Jorge Javier Miguel Pedro Pablo Manuel Antonio Alejandro Fernando Rafael Ricardo Diego
Sergio Raúl Raul Andrés Andres Joao João Rui Tiago Thiago Bruno Rodrigo Gustavo Eduardo Felipe
Hans Klaus Jürgen Jurgen Wolfgang Dieter Helmut Uwe Stefan Lukas Jonas Felix Maximilian Matthias
Henrik Lars Anders Nils Sven Erik Olaf Magnus Bjorn Björn Johan Oskar Per Petri Jukka Mikko Pekka
Sergei Sergey Dmitry Dmitri Vladimir Alexei Alexey Andrei Ivan Nikolai Mikhail Yuri Oleg Igor Pavel
Viktor Boris Volodymyr Taras Mykola Piotr Tomasz Krzysztof Marek Jan Jakub Pavel Milan Tomas Tomáš
Mohammed Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Omar Khalid Youssef Yusuf Ibrahim Mustafa
Abdullah Karim Tariq Walid Samir Nabil Hamid Mahmoud Said Rashid Faisal Bilal Imran
Kwame Kofi Kwabena Yaw Chinedu Emeka Oluwaseun Tunde Babajide Uchenna Jomo Kamau Otieno Thabo Sipho
Raj Rahul Amit Arjun Vikram Sanjay Rajesh Suresh Ramesh Anil Sunil Ravi Vijay Ashok Manoj Deepak
Haruto Hiroshi Takeshi Kenji Taro Ichiro Satoshi Jae-won Min-jun Wei Jun Hao
Pierre Jean-Pierre Jacques Michel Philippe Alain Nicolas Julien Antoine Olivier Laurent Francois
François Guillaume Mathieu Emmanuel Yves Thierry Didier
Ruben Rubén Hugo Victor Max Leon Oscar Simon Martin Frederik Emil Axel Tobias Elias Adrian Dominic
Damien Fabian Florian Sebastian Julian Ivo Aldo Arvo Pieter Piet Dirk Joost Sander Bram Ruud Wim
Jos Gert Geert Koen Bart Hendrik Willem Tomas Lukasz Łukasz Mateusz Michal Michał Wojciech Zoltan
Zoltán Laszlo László Istvan István Gabor Gábor Andras András Mihai Bogdan Radu Dragan Goran Zoran
Moshe Avi Yosef David Eitan Itai Noam Ari
Martin Callum Gareth Rhys Dylan Owen Huw Iwan Aled Geraint Liam Sean Seamus Declan Niall Ciaran Eoin
Cillian Oisin Hamish Angus Lachlan Fraser Euan Alasdair Archie Alfie Harry Oliver Jack George Noah
Leo Oscar Freddie Theo Arthur Henry Finley Reggie Ronnie Connor Kieran Ryan Darren Wayne Gary
Craig Stuart Graeme
Derek Alistair Calum Dermot Desmond Duncan Fergus Finlay Gordon Graham Iain Ian Malcolm Neil Nigel
Ross Trevor Gavin Glenn Lloyd Neville Norman Phil Phillip Rupert Stanley Terence Tony Wesley Clive
Cyril Edmund Geoffrey Herbert Howard Leonard Lionel Maurice Mervyn Percy Quentin Reginald Rodney
Sidney Toby Travis Warren Wilfred Xavier Ismail Ziad Chukwuemeka Obinna Babatunde Kojo Themba Arun
Rohan Vivek Yuto Kazuo Jun-ho Seo-jun Jian Paulo Nuno Mateus Alvaro Álvaro Jens Mikael Gunnar Heinz
Pawel Paweł Andrey
Rakesh Devendra Kamal Rajesh Sanjay Manoj Vijay Ajay Pradeep Sunil Ashok Harish Mahesh Dinesh Ravi
Narendra Rajendra Yogesh Naveen Rodolfo Ernesto Rogelio Eduardo Emilio Ramon Ramón Ferdinand Benigno
Musa Chinedu Ikechukwu Olumide Adewale Yusuf Abubakar Aliyu Baraka Oleksandr Volodymyr Mykola Serhiy
Taras Andriy
Abdul Abu Mizanur Mostafizur Mahbubur Habibur Anisur Ashraful Aminul Kamrul Harun Tanvir Shafiqul
Saiful Rafiqul Nazrul Zahid Shahid Asif Arif Kamran Farhan Shahriar Sohel Jahangir Alamgir Mamun
Rezaul Obaidul Anwar Anwarul Iqbal Nasir Zafar Waqar Fawad Shehbaz Usman Hamza Junaid Rizwan
Mahmud Mahmudul Shamsul Moinul Golam Atiqur Khairul Tofayel Mosharraf Shahidul Zahidul
""")

# Listed on both sides somewhere in the world (Andrea, Jean), or too often a surname: no evidence.
_AMBIGUOUS = wordset("""
Andrea Jean Jo Jordan Kim Ling Hye Ji-won Wei Jun Hao Otieno Kamau Said Ali Noa Sasha Alex Sam
Chris Pat Robin Jamie Taylor Morgan Kelly Dana Lee Mei
""")
FEMALE = FEMALE - _AMBIGUOUS - MALE
MALE = MALE - _AMBIGUOUS - _FEMALE_LISTED
KNOWN_FIRST_NAMES = FEMALE | MALE | _AMBIGUOUS
